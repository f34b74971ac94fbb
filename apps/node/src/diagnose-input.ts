import { diagnoseOpened, type DiagnoseReport } from '@tclint/diagnosis';
import { isOpened, type OpenedInput, type ReadOptions } from '@tclint/formats';
import type { Linter } from '@tclint/preset';
import { openInput } from './input/open-input.js';

/**
 * Diagnoses the exchanges of an input, one record at a time: the failed
 * ThreatConnect API calls of a HAR file, exchanges given as JSON
 * (`{"request", "response"}` or an array of them) or NDJSON (one per line),
 * or, for `lines` input, a plain text (an error message or a log): each line
 * an error class recognizes is diagnosed on its own, and a text where none is
 * gets one `unrecognized` diagnosis (`diagnoseOpened` and `diagnoseText` of
 * @tclint/diagnosis, with files). `secretKey` is attached to every exchange
 * (HAR included) and never printed. A record that cannot be read is yielded
 * with `readError` and reading goes on; an input of another format (CSV)
 * throws a TypeError.
 */
export async function* diagnoseInput(linter: Linter, input: string | AsyncIterable<Uint8Array | string> | OpenedInput, options: ReadOptions = {}): AsyncGenerator<DiagnoseReport> {
  yield* diagnoseOpened(linter, isOpened(input) ? input : await openInput(input, options), options);
}
