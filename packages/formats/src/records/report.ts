import { countMessages, type LintMessage, type LintResult, type Subject } from '@tclint/core';
import { isRecordError, type ReadItem, type ReadProblem } from './record.js';

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
  // One object literal per case, never `{ ...base }`: spreading a fresh literal is a slow path in V8,
  // and the report is built once per record.
  if (isRecordError(item)) {
    const messages: LintMessage[] = [{ ruleId: READ_ERROR_RULE, severity: 'error', message: item.error.message }];
    const counts = countMessages(messages);
    return {
      source: item.source,
      line: item.line,
      path: item.path,
      index: item.index,
      messages,
      readError: item.error,
      errorCount: counts.errorCount,
      warningCount: counts.warningCount,
      fixableErrorCount: counts.fixableErrorCount,
      fixableWarningCount: counts.fixableWarningCount,
    };
  }
  if (!result) {
    return {
      source: item.source,
      line: item.line,
      path: item.path,
      index: item.index,
      subject: item.subject,
      output: undefined,
      messages: [],
      errorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  }
  return {
    source: item.source,
    line: item.line,
    path: item.path,
    index: item.index,
    subject: result.subject,
    output: result.output && result.changes.length ? result.output : undefined,
    messages: result.messages,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
  };
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
