import type { FieldFix } from '@tclint/core';
import type { DiagnoseReport } from '@tclint/diagnosis';
import { redactText } from '@tclint/diagnosis';
import { reportSecrets, safeFix } from './safe.js';
import { whole, type DiagnoseFormatter, type DiagnoseStreamingFormatterFactory } from './types.js';

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
  const secrets = reportSecrets(report.result?.subject);
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

/** `[{ "source", "index", "diagnoses": [...] }]`, one record per line, written as diagnoses arrive (like `json`). */
export const diagnoseJsonStreaming: DiagnoseStreamingFormatterFactory = () => {
  let count = 0;
  return {
    start: () => '[',
    add: (report) => `${count++ ? ',' : ''}\n${JSON.stringify(jsonDiagnoseRecord(report))}`,
    end: () => (count ? '\n]\n' : ']\n'),
  };
};

export const diagnoseJson: DiagnoseFormatter = whole(diagnoseJsonStreaming);
