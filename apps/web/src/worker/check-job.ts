import { isRecordError, openStream, readRecordBatches, recordReport, createRecordWriter, type ReadOptions, type Sink } from '@tclint/formats';
import type { Linter } from '@tclint/preset';
import { INDICATOR_FORMATS, type IndicatorFormat, type ProblemRow, type ProblemTable, type Reply, type Totals } from '../protocol.js';
import { changedLines } from './changed-lines.js';
import { chunksOf, joinParts } from './chunks.js';
import { problemRows } from './problem-rows.js';

export interface CheckJob {
  id: number;
  bytes: Uint8Array;
  name?: string;
  format: IndicatorFormat | 'auto';
  type?: string;
}

/** At most this often (ms) a progress message, so a fast run does not flood the page. */
const PROGRESS_EVERY_MS = 50;

/**
 * What `tclint check` and `tclint fix` do with one input, in one pass: reads
 * its records in the format detected as the CLI detects it, checks each (the
 * problems) and fixes each (what remains), and writes the fixed records back
 * in the input's format. Sends progress as it goes and the fixed file at the
 * end; returns the rows of the problem tables (undefined for input that is
 * not indicator records), which the page asks for a page at a time.
 */
export async function runCheck(linter: Linter, job: CheckJob, post: (reply: Reply, transfer?: Transferable[]) => void): Promise<Record<ProblemTable, ProblemRow[]> | undefined> {
  const { id, bytes } = job;
  let read = 0;
  let lastProgress = 0;
  const problems: ProblemRow[] = [];
  const remaining: ProblemRow[] = [];
  const totals: Totals = { records: 0, errors: 0, warnings: 0, fixedRecords: 0, remainingErrors: 0, remainingWarnings: 0 };
  const progress = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    post({ kind: 'progress', id, bytes: read, total: bytes.length, records: totals.records, problems: problems.length, phase: 'reading' });
  };
  const opened = await openStream(chunksOf(bytes, (n) => (read = n)), { format: job.format, source: job.name ?? '<pasted>', ...(job.name !== undefined && { path: job.name }) });
  if (!(INDICATOR_FORMATS as readonly string[]).includes(opened.format)) {
    const hint = opened.format === 'har' ? ' HAR files hold API calls: open it in the Diagnose view.' : '';
    post({ kind: 'wrong-format', id, format: opened.format, message: `This is ${opened.format.toUpperCase()} input, not indicator records.${hint}` });
    return undefined;
  }
  const format = opened.format as IndicatorFormat;
  const options: ReadOptions = { format, source: opened.source };
  if (job.type !== undefined) options.type = job.type;
  if (job.name?.toLowerCase().endsWith('.tsv')) options.delimiter = '\t';

  const parts: Uint8Array[] = [];
  const sink: Sink = { write: async (part) => void parts.push(part.slice()), commit: async () => undefined, discard: async () => undefined };
  // as `tclint fix` writes to standard output: always, and what was read stands even when the input breaks off
  const writer = createRecordWriter(format, sink, { always: true, partial: { open: () => true } });
  const fixedLines: number[] = [];

  const batches = readRecordBatches(opened, options);
  let step = await batches.next();
  for (; !step.done; step = await batches.next()) {
    for (const item of step.value) {
      totals.records++;
      if (isRecordError(item)) {
        const report = recordReport(item);
        problemRows(report, problems);
        problemRows(report, remaining);
        totals.errors++;
        totals.remainingErrors++;
        const writing = writer.write(item);
        if (writing) await writing;
        continue;
      }
      const checked = linter.check(item.subject);
      const fixed = linter.fix(item.subject);
      const writing = writer.write(item, fixed);
      if (writing) await writing;
      problemRows(recordReport(item, checked), problems);
      problemRows(recordReport(item, fixed), remaining);
      totals.errors += checked.errorCount;
      totals.warnings += checked.warningCount;
      totals.remainingErrors += fixed.errorCount;
      totals.remainingWarnings += fixed.warningCount;
      if (fixed.changes.length) {
        totals.fixedRecords++;
        if (item.line !== null) fixedLines.push(item.line);
      }
    }
    progress(false);
  }
  const outcome = await writer.commit(step.value);
  read = bytes.length;
  progress(true);
  const output = joinParts(parts);
  const reply: Reply = {
    kind: 'checked',
    id,
    format,
    output: output.buffer as ArrayBuffer,
    changedLines: changedLines(bytes, output, fixedLines),
    totals,
    rows: { problems: problems.length, remaining: remaining.length },
    written: outcome.written,
  };
  if (outcome.reason !== undefined) reply.notWritten = outcome.reason;
  post(reply, [reply.output]);
  return { problems, remaining };
}
