import { messageSubject } from '@tclint/core';
import type { Linter } from './linter.js';
import { readMessages, type OpenedInput, type ReadOptions } from './readers/index.js';
import { isRecordError } from './readers/record.js';
import { diagnoseReport, type DiagnoseReport } from './report.js';
import { UNRECOGNIZED_CLASS } from './unrecognized.js';

/** How much of an unrecognized text is diagnosed as a whole at the end (a message broken over lines is still found in it). */
const HEAD_CHARS = 16 * 1024;

/**
 * Diagnoses a plain text (an error message, a log excerpt) as
 * `--message` would, line by line: each line that an error class recognizes
 * gets its own report, located by its line number, so a log with several
 * errors gives a diagnosis for each. Lines nothing recognizes are not
 * reported one by one; a text in which no line is recognized gets one
 * report: its beginning diagnosed as a whole (the `unrecognized` diagnosis,
 * or what a message broken over lines turns out to be). Lines that cannot be
 * read (invalid UTF-8, too long) are reported as such.
 */
export async function* diagnoseText(linter: Linter, { source, stream }: OpenedInput, options: Pick<ReadOptions, 'maxLineBytes'> = {}): AsyncGenerator<DiagnoseReport> {
  let recognized = false;
  let head = '';
  let first: { line: number | null; index: number } | undefined;
  const lines = readMessages(stream, { source, ...(options.maxLineBytes !== undefined && { maxLineBytes: options.maxLineBytes }) });
  for await (const item of lines) {
    if (isRecordError(item)) {
      yield diagnoseReport(item);
      continue;
    }
    if (item.subject.kind !== 'message') continue;
    const result = linter.diagnose(item.subject);
    if (result.diagnoses.some((d) => d.classId !== UNRECOGNIZED_CLASS)) {
      recognized = true;
      yield diagnoseReport(item, result);
    } else if (!recognized && head.length < HEAD_CHARS) {
      first ??= { line: item.line, index: item.index };
      head += `${head ? '\n' : ''}${item.subject.text}`.slice(0, HEAD_CHARS - head.length);
    }
  }
  if (recognized || first === undefined) return;
  yield { source, index: first.index, line: first.line, path: null, result: linter.diagnose(messageSubject(head)) };
}
