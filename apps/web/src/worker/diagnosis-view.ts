import { asChanges } from '@tclint/core';
import { exchangeSummary } from '@tclint/formats';
import { isCredentialField, REDACTED, redactText, secretsOf, type DiagnoseReport } from '@tclint/diagnosis';
import type { DiagnoseReportView } from '../protocol.js';

/**
 * A diagnosed record as the page shows it: what `tclint diagnose --format json`
 * prints, with the same masking (the secret key, Authorization values and
 * tokens redacted everywhere; a credential field of a fix shown as the mask).
 */
export function diagnoseReportView(report: DiagnoseReport): DiagnoseReportView {
  const view: DiagnoseReportView = { index: report.index, line: report.line, path: report.path, diagnoses: [] };
  if (report.readError) {
    view.readError = report.readError.message;
    return view;
  }
  const subject = report.result?.subject;
  const secrets = secretsOf(subject);
  const redact = (text: string) => redactText(text, secrets);
  if (subject?.kind === 'exchange') view.summary = redact(exchangeSummary(subject.request, subject.response));
  view.diagnoses = (report.result?.diagnoses ?? []).map((d) => ({
    classId: d.classId,
    ruleId: d.ruleId,
    severity: d.severity,
    message: redact(d.message),
    evidence: d.evidence.map(redact),
    remedies: d.remedies.map(redact),
    fix: d.fix ? asChanges(d.fix).map((c) => ({ field: c.field, value: isCredentialField(c.field) ? REDACTED : redact(c.value) })) : [],
    ...(d.docsUrl !== undefined && { docsUrl: d.docsUrl }),
  }));
  return view;
}
