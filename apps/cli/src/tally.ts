import type { RecordReport } from './node-api.js';

/**
 * Running totals over a run, for the exit code and summaries: the problems
 * from the reports, the records read and fixed from the counts of each batch
 * (a run may report only the records with messages).
 */
export class Tally {
  records = 0;
  errors = 0;
  warnings = 0;
  /** Records that could not be read (malformed input). */
  unreadable = 0;
  /** Records fixing changed. */
  changed = 0;
  /** Inputs that could not be opened or written. */
  failedInputs = 0;

  add(report: RecordReport): void {
    this.errors += report.errorCount;
    this.warnings += report.warningCount;
    if (report.readError) this.unreadable++;
  }

  /** A batch of records read (reported or not), `fixed` of them changed by fixing. */
  count(records: number, fixed: number): void {
    this.records += records;
    this.changed += fixed;
  }
}

/** Drops warnings from a report (`--quiet`). */
export function errorsOnly(report: RecordReport): RecordReport {
  if (report.warningCount === 0) return report;
  return { ...report, messages: report.messages.filter((m) => m.severity === 'error'), warningCount: 0, fixableWarningCount: 0 };
}

/** `file:line:col: message` for a record that could not be read. */
export function readErrorLine(report: Pick<RecordReport, 'readError' | 'source' | 'line' | 'path'>): string | undefined {
  const problem = report.readError;
  if (!problem) return undefined;
  let where = report.source;
  const line = problem.line ?? report.line;
  if (line !== null) where += `:${line}${problem.column !== undefined ? `:${problem.column}` : ''}`;
  else if (report.path) where += ` ${report.path}`;
  return `${where}: ${problem.message}`;
}
