import { diagnoseReport, type DiagnoseReport } from '@tclint/diagnosis';
import { closeStream, EXCHANGE_FORMATS, isOpened, isRecordError, readExchanges, type OpenedInput, type ReadOptions } from '@tclint/formats';
import type { Linter } from '@tclint/preset';
import { diagnoseText } from './diagnose-text.js';
import { openInput } from './input/open-input.js';

/**
 * Diagnoses the exchanges of an input, one record at a time: the failed
 * ThreatConnect API calls of a HAR file, exchanges given as JSON
 * (`{"request", "response"}` or an array of them) or NDJSON (one per line),
 * or, for `lines` input, a plain text (an error message or a log): each line
 * an error class recognizes is diagnosed on its own, and a text where none is
 * gets one `unrecognized` diagnosis (see `diagnoseText`). `secretKey` is
 * attached to every exchange (HAR included) and never printed. A record that
 * cannot be read is yielded with `readError` and reading goes on; an input of
 * another format (CSV) throws a TypeError.
 */
export async function* diagnoseInput(linter: Linter, input: string | AsyncIterable<Uint8Array | string> | OpenedInput, options: ReadOptions = {}): AsyncGenerator<DiagnoseReport> {
  const opened = isOpened(input) ? input : await openInput(input, options);
  if (opened.format === 'lines') {
    yield* diagnoseText(linter, opened, options);
    return;
  }
  if (!EXCHANGE_FORMATS.includes(opened.format)) {
    await closeStream(opened.stream);
    throw new TypeError(`${opened.source}: cannot diagnose ${opened.format} input (give a HAR file, exchanges as JSON or NDJSON, or a text: an error message or a log)`);
  }
  for await (const item of readExchanges(opened, options)) {
    if (isRecordError(item)) {
      yield diagnoseReport(item);
      continue;
    }
    const subject = item.subject;
    // readers of exchanges give nothing else; anything else is a reader bug, reported as unreadable
    if (subject.kind === 'indicator') yield diagnoseReport({ ...item, raw: '', error: { message: 'not an exchange or a message', line: item.line } });
    else yield diagnoseReport(item, linter.diagnose(subject));
  }
}
