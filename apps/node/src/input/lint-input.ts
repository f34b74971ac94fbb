import { eachItem, isFixed, isOpened, isRecordError, lintRecord, readRecordBatches, recordReport, wantsReport, type OpenedInput, type ReadEnd, type ReadOptions, type RecordReport, type ReportMode, type WriteOutcome } from '@tclint/formats';
import type { Linter } from '@tclint/preset';
import { stat } from 'node:fs/promises';
import { createWriter, targetSink, type WriteTarget } from '../output/writer.js';
import { lintInPieces, PIECE_FORMATS } from '../pool/lint-in-pieces.js';
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
   * Lint lines, CSV and NDJSON input of at least `pool.minInputBytes` in
   * these worker threads (`createLinterPool`) as well as in this one: the
   * input is cut into pieces of whole records, which the workers read, lint
   * and write back; reports and output are those of one thread, in input
   * order. The pool's linter should be built like `linter`, which lints the
   * pieces the workers have no room for. Other formats are linted here.
   */
  pool?: LinterPool;
  /**
   * `'problems'`: report only records with messages or a fixed output;
   * `'messages'`: only records with messages (what the stylish, compact and
   * SARIF formatters show). The others are counted through `onRecords`
   * instead. Default `'all'`.
   */
  reports?: ReportMode;
  /** Called a batch at a time with the number of records read and of those fixing changed (all of them, reported or not). */
  onRecords?: (count: number, fixed: number) => void;
}

/**
 * Lints (or fixes) every record of an input, one at a time, yielding a report
 * per record; returns what the writer did when `output` was given. The output
 * is committed only when the input was read to its end.
 */
export function lintInput(linter: Linter, input: Input, options: LintInputOptions = {}): AsyncGenerator<RecordReport, WriteOutcome | undefined> {
  // one record at a time: nothing is written for a record before the one before it was taken (with a pool, a piece at a time)
  return eachItem(lintReports(linter, input, options, true));
}

/**
 * `lintInput`, yielding the reports of each batch of records read together
 * (a chunk of lines or NDJSON, a piece linted in a worker; one record of
 * other formats): one await per batch instead of per record, for callers
 * that handle many records.
 */
export function lintInputBatches(linter: Linter, input: Input, options: LintInputOptions = {}): AsyncGenerator<RecordReport[], WriteOutcome | undefined> {
  return lintReports(linter, input, options, false);
}

async function* lintReports(linter: Linter, input: Input, options: LintInputOptions, oneByOne: boolean): AsyncGenerator<RecordReport[], WriteOutcome | undefined> {
  const opened = isOpened(input) ? input : await openInput(input, options);
  const fix = options.fix === true || options.output !== undefined;
  const target: WriteTarget | undefined = options.output === 'in-place' ? inPlace(opened.path) : options.output;
  const mode = options.reports ?? 'all';
  // pieces are cut from UTF-8 bytes: a UTF-16 input is linted in this thread
  if (options.pool && PIECE_FORMATS.has(opened.format) && opened.encoding === undefined) {
    const size = opened.path === undefined ? undefined : await stat(opened.path).then((s) => s.size, () => undefined);
    if (size === undefined || size >= options.pool.minInputBytes) {
      return yield* lintInPieces(linter, opened, {
        pool: options.pool,
        read: pieceReadOptions(options, opened),
        fix,
        reports: mode,
        output: target && targetSink(target),
        size,
        onRecords: options.onRecords,
      });
    }
  }
  // a UTF-16 input is written back as UTF-16
  const writer = target && createWriter(opened.format, target, { encoding: opened.encoding });
  const batches = readRecordBatches(opened, options);
  let end: ReadEnd | undefined;
  let completed = false;
  try {
    for (;;) {
      const step = await batches.next();
      if (step.done) {
        end = step.value;
        break;
      }
      const items = step.value;
      const reports: RecordReport[] = [];
      let fixed = 0;
      for (const item of items) {
        const result = isRecordError(item) ? undefined : lintRecord(linter, item, fix);
        const writing = writer?.write(item, result);
        if (writing) await writing;
        if (result !== undefined && isFixed(result)) fixed++;
        if (result !== undefined && !wantsReport(mode, result)) continue;
        const report = result ? recordReport(item, result) : recordReport(item);
        if (oneByOne) yield [report];
        else reports.push(report);
      }
      options.onRecords?.(items.length, fixed);
      if (!oneByOne && reports.length) yield reports;
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

function inPlace(path: string | undefined): WriteTarget {
  if (path === undefined) throw new TypeError('output "in-place" needs a file path as input');
  return { path };
}

/** The read options as plain data for the workers: every option but the run's own, with the delimiter settled (`.tsv` files). */
function pieceReadOptions(options: LintInputOptions, opened: OpenedInput): ReadOptions {
  const { pool, output, fix, reports, onRecords, secretKey, ...read } = options;
  void [pool, output, fix, reports, onRecords, secretKey];
  return { ...read, format: opened.format, source: opened.source, delimiter: options.delimiter ?? (opened.path?.toLowerCase().endsWith('.tsv') ? '\t' : ',') };
}
