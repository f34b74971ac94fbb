import type { RecordReport } from '@tclint/formats';
import type { ProblemRow } from '../protocol.js';

/** A record's messages as rows of the problem tables: where, the type, the rule, severity and message, as `tclint check --format json` prints them. */
export function problemRows(report: RecordReport, rows: ProblemRow[]): void {
  if (report.messages.length === 0) return;
  const at = report.line !== null ? String(report.line) : (report.path ?? '-');
  const type = report.subject?.kind === 'indicator' ? (report.subject.type ?? null) : null;
  for (const message of report.messages) {
    const row: ProblemRow = { at, line: report.line, type, ruleId: message.ruleId, severity: message.severity, message: message.message };
    if (message.docsUrl !== undefined) row.docsUrl = message.docsUrl;
    rows.push(row);
  }
}
