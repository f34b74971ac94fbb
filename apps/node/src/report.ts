import { countMessages, type LintMessage, type LintResult, type Subject } from '@tclint/core';
import type { DiagnoseResult } from './diagnosis.js';
import { isRecordError, type ReadItem, type ReadProblem } from './readers/record.js';

export const READ_ERROR_RULE = 'tclint/read-error';

/** One record's outcome, as formatters see it. */
export interface RecordReport {
  source: string;
  /** 1-based line (lines, CSV, NDJSON); null for JSON documents. */
  line: number | null;
  /** Where in a JSON document (`indicator[3]`); null otherwise. */
  path: string | null;
  index: number;
  /** The subject as linted (with its inferred type); undefined when the record could not be read. */
  subject?: Subject;
  /** The fixed subject, when fixing changed it. */
  output?: Subject;
  messages: LintMessage[];
  /** Set when the record could not be read. */
  readError?: ReadProblem;
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** The report of a record and its lint result (or of a record that could not be read). */
export function recordReport(item: ReadItem, result?: LintResult): RecordReport {
  const base = { source: item.source, line: item.line, path: item.path, index: item.index };
  if (isRecordError(item)) {
    const messages: LintMessage[] = [{ ruleId: READ_ERROR_RULE, severity: 'error', message: item.error.message }];
    return { ...base, messages, readError: item.error, ...countMessages(messages) };
  }
  const report: RecordReport = {
    ...base,
    subject: result?.subject ?? item.subject,
    messages: result?.messages ?? [],
    errorCount: result?.errorCount ?? 0,
    warningCount: result?.warningCount ?? 0,
    fixableErrorCount: result?.fixableErrorCount ?? 0,
    fixableWarningCount: result?.fixableWarningCount ?? 0,
  };
  if (result?.output && result.changes.length) report.output = result.output;
  return report;
}

/** One diagnosed record (a HAR entry, an exchange, an error message), as the diagnose formatters see it. */
export interface DiagnoseReport {
  source: string;
  index: number;
  line: number | null;
  path: string | null;
  result?: DiagnoseResult;
  readError?: ReadProblem;
}

export function diagnoseReport(item: ReadItem, result?: DiagnoseResult): DiagnoseReport {
  const report: DiagnoseReport = { source: item.source, index: item.index, line: item.line, path: item.path };
  if (isRecordError(item)) report.readError = item.error;
  else if (result) report.result = result;
  return report;
}

/** Totals over reports, for exit codes and summaries. */
export function totals(reports: Iterable<RecordReport>) {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const r of reports) {
    errorCount += r.errorCount;
    warningCount += r.warningCount;
    fixableErrorCount += r.fixableErrorCount;
    fixableWarningCount += r.fixableWarningCount;
  }
  return { errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}
