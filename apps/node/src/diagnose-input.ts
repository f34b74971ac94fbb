import { messageSubject } from '@tclint/core';
import type { Linter } from './linter.js';
import { openInput, readRecords, type ReadOptions } from './readers/index.js';
import { isRecordError } from './readers/record.js';
import { diagnoseReport, type DiagnoseReport } from './report.js';

/**
 * Diagnoses every failed call in a HAR file, or every line of a log (format
 * `lines`: each line is an error message), one record at a time.
 */
export async function* diagnoseInput(linter: Linter, input: string | AsyncIterable<Uint8Array | string>, options: ReadOptions = {}): AsyncGenerator<DiagnoseReport> {
  const opened = await openInput(input, options);
  if (opened.format !== 'har' && opened.format !== 'lines') {
    throw new TypeError(`${opened.source}: cannot diagnose ${opened.format} input (give a HAR file, or error messages one per line)`);
  }
  for await (const item of readRecords(opened, options)) {
    if (isRecordError(item)) {
      yield diagnoseReport(item);
      continue;
    }
    const subject = item.subject.kind === 'indicator' ? messageSubject(item.raw) : item.subject;
    yield diagnoseReport(item, linter.diagnose(subject));
  }
}
