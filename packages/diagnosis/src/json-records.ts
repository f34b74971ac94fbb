import type { FieldFix, Subject } from '@tclint/core';
import type { RecordReport } from '@tclint/formats';
import { printedMessage, safeFix, type PrintedMessage } from './printed-message.js';
import type { DiagnoseReport } from './report.js';
import { redactText, secretsOf } from './secrets.js';

/** One record in the JSON output: the CLI's stable contract. */
export interface JsonRecord {
  source: string;
  line: number | null;
  path: string | null;
  type: string | null;
  values: Record<string, string> | null;
  output: Record<string, string> | null;
  messages: PrintedMessage[];
}

function valuesOf(subject: Subject | undefined): Record<string, string> | null {
  if (subject?.kind !== 'indicator' || subject.type === undefined) return null;
  return { ...subject.values };
}

export function jsonRecord(report: RecordReport): JsonRecord {
  const secrets = secretsOf(report.subject);
  const values = valuesOf(report.subject);
  return {
    source: report.source,
    line: report.line,
    path: report.path,
    type: report.subject?.kind === 'indicator' ? (report.subject.type ?? null) : null,
    values,
    output: report.output ? valuesOf(report.output) : values,
    messages: report.messages.map((m) => printedMessage(m, secrets)),
  };
}

export interface JsonDiagnosis {
  classId: string;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  evidence: string[];
  remedies: string[];
  fix: FieldFix | FieldFix[] | null;
}

export interface JsonDiagnoseRecord {
  source: string;
  index: number;
  diagnoses: JsonDiagnosis[];
}

/** One diagnosed record as JSON; credentials never appear (Authorization fixes are masked). */
export function jsonDiagnoseRecord(report: DiagnoseReport): JsonDiagnoseRecord {
  const secrets = secretsOf(report.result?.subject);
  const redact = (text: string) => redactText(text, secrets);
  const diagnoses: JsonDiagnosis[] = report.readError
    ? [{ classId: 'read-error', ruleId: 'tclint/read-error', severity: 'error', message: report.readError.message, evidence: [], remedies: [], fix: null }]
    : (report.result?.diagnoses ?? []).map((d) => ({
        classId: d.classId,
        ruleId: d.ruleId,
        severity: d.severity,
        message: redact(d.message),
        evidence: d.evidence.map(redact),
        remedies: d.remedies.map(redact),
        fix: safeFix(d.fix, secrets),
      }));
  return { source: report.source, index: report.index, diagnoses };
}
