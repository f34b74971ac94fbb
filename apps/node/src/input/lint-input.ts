import type { LintResult, Subject } from '@tclint/core';
import { eachItem, isOpened, isRecordError, ownTypeName, readRecordBatches, recordReport, typeNameFix, type ReadEnd, type ReadItem, type ReadOptions, type RecordReport, type RecordWriter, type WriteOutcome } from '@tclint/formats';
import type { Linter } from '@tclint/preset';
import { createWriter, type WriteTarget } from '../output/writer.js';
import type { LinterPool } from '../pool/linter-pool.js';
import { openInput, type Input } from './open-input.js';

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
   * Lint indicator records in these worker threads (`createLinterPool`) as
   * well as in this one, in batches; reports and output keep the input order.
   * The pool's linter should be built like `linter`, which lints the batches
   * the workers have no room for, and subjects that cannot be sent.
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
export function lintInput(linter: Linter, input: Input, options: LintInputOptions = {}): AsyncGenerator<RecordReport, WriteOutcome | undefined> {
  // one record at a time: nothing is written for a record before the one before it was taken
  return eachItem(lintReports(linter, input, options, true));
}

/**
 * `lintInput`, yielding the reports of each batch of records read together
 * (a chunk of lines or NDJSON; one record of other formats): one await per
 * batch instead of per record, for callers that handle many records.
 */
export function lintInputBatches(linter: Linter, input: Input, options: LintInputOptions = {}): AsyncGenerator<RecordReport[], WriteOutcome | undefined> {
  return lintReports(linter, input, options, false);
}

async function* lintReports(linter: Linter, input: Input, options: LintInputOptions, oneByOne: boolean): AsyncGenerator<RecordReport[], WriteOutcome | undefined> {
  const opened = isOpened(input) ? input : await openInput(input, options);
  const fix = options.fix === true || options.output !== undefined;
  let writer: RecordWriter | undefined;
  // a UTF-16 input is written back as UTF-16
  const encoding = { encoding: opened.encoding };
  if (options.output === 'in-place') {
    if (opened.path === undefined) throw new TypeError('output "in-place" needs a file path as input');
    writer = createWriter(opened.format, { path: opened.path }, encoding);
  } else if (options.output) writer = createWriter(opened.format, options.output, encoding);
  const batches = readRecordBatches(opened, options);
  const lintOne = fix ? (subject: Subject) => linter.fix(subject) : (subject: Subject) => linter.check(subject);
  // fixed output writes ThreatConnect's type name where a record names its type otherwise (`ip-dst` -> `Address`)
  const finish = fix ? (item: ReadItem, result: LintResult | undefined) => (result && !isRecordError(item) ? typeNameFix(ownTypeName(item), result) : result) : (_item: ReadItem, result: LintResult | undefined) => result;
  let end: ReadEnd | undefined;
  let completed = false;
  try {
    if (options.pool) end = yield* lintInPool(batches, options.pool, fix, lintOne, finish, writer);
    else {
      for (;;) {
        const step = await batches.next();
        if (step.done) {
          end = step.value;
          break;
        }
        const items = step.value;
        const reports: RecordReport[] = [];
        for (const item of items) {
          const result = isRecordError(item) ? undefined : finish(item, lintOne(item.subject));
          const writing = writer?.write(item, result);
          if (writing) await writing;
          const report = result ? recordReport(item, result) : recordReport(item);
          if (oneByOne) yield [report];
          else reports.push(report);
        }
        if (!oneByOne) yield reports;
      }
    }
    completed = true;
  } finally {
    // an error or a consumer that stopped early: the input was not read completely
    if (!completed) {
      await batches.return(undefined);
      await writer?.abort();
    }
  }
  return writer ? await writer.commit(end) : undefined;
}

interface LintedBatch {
  items: ReadItem[];
  results: (LintResult | undefined)[];
}

/**
 * Reads ahead in batches and reports them in input order. A batch goes to a
 * worker while fewer than four per worker are waiting (so the workers never
 * run dry); otherwise this thread lints it, so it works too instead of only
 * waiting for the workers.
 */
async function* lintInPool(
  batches: AsyncGenerator<ReadItem[], ReadEnd | undefined>,
  pool: LinterPool,
  fix: boolean,
  lintOne: (subject: Subject) => LintResult,
  finish: (item: ReadItem, result: LintResult | undefined) => LintResult | undefined,
  writer: RecordWriter | undefined,
): AsyncGenerator<RecordReport[], ReadEnd | undefined> {
  const inFlight: Promise<LintedBatch>[] = [];
  const poolLimit = pool.jobs * 4;
  let inPool = 0;
  let batch: ReadItem[] = [];
  const send = () => {
    const items = batch;
    batch = [];
    if (inPool >= poolLimit) {
      inFlight.push(Promise.resolve(lintHere(items, lintOne)));
      return;
    }
    inPool++;
    const linted = lintBatch(items, pool, fix, lintOne).finally(() => inPool--);
    // rejections are seen when the batch's turn comes; until then they must not count as unhandled
    linted.catch(() => undefined);
    inFlight.push(linted);
  };
  async function report({ items, results }: LintedBatch): Promise<RecordReport[]> {
    const reports: RecordReport[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const result = finish(item, results[i]);
      const writing = writer?.write(item, result);
      if (writing) await writing;
      reports[i] = isRecordError(item) ? recordReport(item) : recordReport(item, result);
    }
    return reports;
  }
  let end: ReadEnd | undefined;
  for (;;) {
    const step = await batches.next();
    if (step.done) {
      end = step.value;
      break;
    }
    for (const item of step.value) batch.push(item);
    if (batch.length < POOL_BATCH) continue;
    send();
    while (inFlight.length > poolLimit + 1) yield await report(await inFlight.shift()!);
  }
  if (batch.length) send();
  while (inFlight.length) yield await report(await inFlight.shift()!);
  return end;
}

function lintHere(items: ReadItem[], lintOne: (subject: Subject) => LintResult): LintedBatch {
  return { items, results: items.map((item) => (isRecordError(item) ? undefined : lintOne(item.subject))) };
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
