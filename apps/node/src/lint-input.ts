import type { Linter } from './linter.js';
import { openInput, readRecords, type ReadOptions } from './readers/index.js';
import { isRecordError, type ReadEnd } from './readers/record.js';
import { recordReport, type RecordReport } from './report.js';
import { createWriter, type RecordWriter, type WriteOutcome, type WriteTarget } from './writers/writer.js';

export interface LintInputOptions extends ReadOptions {
  /** Apply fixes (reports then show what remains). */
  fix?: boolean;
  /**
   * Write the records back with fixes applied: over the input file
   * (`'in-place'`, atomically, only when something changed), to another
   * path (atomically; only when something changed unless `always`), or to a
   * stream. Implies `fix`.
   */
  output?: 'in-place' | WriteTarget;
}

/**
 * Lints (or fixes) every record of an input, one at a time, yielding a report
 * per record; returns what the writer did when `output` was given. The output
 * is committed only when the input was read to its end.
 */
export async function* lintInput(linter: Linter, input: string | AsyncIterable<Uint8Array | string>, options: LintInputOptions = {}): AsyncGenerator<RecordReport, WriteOutcome | undefined> {
  const opened = await openInput(input, options);
  const fix = options.fix === true || options.output !== undefined;
  let writer: RecordWriter | undefined;
  if (options.output === 'in-place') {
    if (opened.path === undefined) throw new TypeError('output "in-place" needs a file path as input');
    writer = createWriter(opened.format, { path: opened.path });
  } else if (options.output) writer = createWriter(opened.format, options.output);
  const records = readRecords(opened, options);
  let end: ReadEnd | undefined;
  let completed = false;
  try {
    for (;;) {
      const step = await records.next();
      if (step.done) {
        end = step.value;
        break;
      }
      const item = step.value;
      if (isRecordError(item)) {
        await writer?.write(item);
        yield recordReport(item);
        continue;
      }
      const result = fix ? linter.fix(item.subject) : linter.check(item.subject);
      await writer?.write(item, result);
      yield recordReport(item, result);
    }
    completed = true;
  } finally {
    // an error or a consumer that stopped early: the input was not read completely
    if (!completed) {
      await records.return(undefined);
      await writer?.abort();
    }
  }
  return writer ? await writer.commit(end) : undefined;
}
