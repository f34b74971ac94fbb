import type { LintResult, Subject } from '@tclint/core';
import type { Linter } from './linter.js';
import type { LinterPool } from './pool/linter-pool.js';
import { openInput, readRecords, type ReadOptions } from './readers/index.js';
import { isRecordError, type ReadEnd, type ReadItem } from './readers/record.js';
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
  /**
   * Lint indicator records in these worker threads (`createLinterPool`),
   * in batches; reports and output keep the input order. The pool's linter
   * should be built like `linter`, which still lints other subjects.
   */
  pool?: LinterPool;
}

/** Records per batch sent to a pool worker: enough to make the copy to the worker cheap per record. */
const POOL_BATCH = 512;

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
  const lintOne = fix ? (subject: Subject) => linter.fix(subject) : (subject: Subject) => linter.check(subject);
  let end: ReadEnd | undefined;
  let completed = false;
  try {
    if (options.pool) end = yield* lintInPool(records, options.pool, fix, lintOne, writer);
    else {
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
        const result = lintOne(item.subject);
        await writer?.write(item, result);
        yield recordReport(item, result);
      }
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

interface LintedBatch {
  items: ReadItem[];
  results: (LintResult | undefined)[];
}

/** Reads ahead in batches, a few per worker in flight, and reports them in input order. */
async function* lintInPool(
  records: AsyncGenerator<ReadItem, ReadEnd | undefined>,
  pool: LinterPool,
  fix: boolean,
  lintOne: (subject: Subject) => LintResult,
  writer: RecordWriter | undefined,
): AsyncGenerator<RecordReport, ReadEnd | undefined> {
  const inFlight: Promise<LintedBatch>[] = [];
  let batch: ReadItem[] = [];
  const send = () => {
    const linted = lintBatch(batch, pool, fix, lintOne);
    // rejections are seen when the batch's turn comes; until then they must not count as unhandled
    linted.catch(() => undefined);
    inFlight.push(linted);
    batch = [];
  };
  async function* report({ items, results }: LintedBatch) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const result = results[i];
      await writer?.write(item, result);
      yield isRecordError(item) ? recordReport(item) : recordReport(item, result);
    }
  }
  let end: ReadEnd | undefined;
  for (;;) {
    const step = await records.next();
    if (step.done) {
      end = step.value;
      break;
    }
    batch.push(step.value);
    if (batch.length < POOL_BATCH) continue;
    send();
    while (inFlight.length > pool.jobs * 2) yield* report(await inFlight.shift()!);
  }
  if (batch.length) send();
  while (inFlight.length) yield* report(await inFlight.shift()!);
  return end;
}

async function lintBatch(items: ReadItem[], pool: LinterPool, fix: boolean, lintOne: (subject: Subject) => LintResult): Promise<LintedBatch> {
  const results: (LintResult | undefined)[] = new Array(items.length);
  const subjects: Subject[] = [];
  const at: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (isRecordError(item)) continue;
    if (item.subject.kind === 'indicator' || item.subject.kind === 'message') {
      subjects.push(item.subject);
      at.push(i);
    } else results[i] = lintOne(item.subject);
  }
  if (subjects.length) {
    const linted = await pool.lint(fix ? 'fix' : 'check', subjects);
    for (let k = 0; k < at.length; k++) results[at[k]!] = linted[k];
  }
  return { items, results };
}
