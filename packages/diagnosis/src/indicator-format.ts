import { asChanges, type Engine, type ExchangeSubject, type FieldFix, type LintMessage } from '@tclint/core';
import { indicatorRequestBody, type BodyEntry } from '@tclint/formats';
import type { Diagnosis } from './diagnosis.js';

export const INDICATOR_FORMAT_CLASS = 'indicator-format';

export interface IndicatorFormatFindings {
  diagnoses: Diagnosis[];
  /** The request body with every indicator fix applied, when there was any. */
  body?: string;
}

/**
 * For a 400 response to an indicator create, runs the indicator rules on the
 * indicators in the request body: each problem keeps its rule id, names the
 * indicator and field, and carries the corrected body as a fix.
 */
export function indicatorFormatDiagnoses(engine: Engine, exchange: ExchangeSubject): IndicatorFormatFindings {
  if (exchange.response?.status !== 400) return { diagnoses: [] };
  const body = indicatorRequestBody(exchange.request);
  if (!body) return { diagnoses: [] };
  const found: { entry: BodyEntry; message: LintMessage; type: string }[] = [];
  for (const entry of body.entries) {
    if (!entry.subject) continue;
    const checked = engine.check(entry.subject);
    const type = checked.subject.type ?? 'indicator';
    for (const message of checked.messages) if (!message.ruleId.startsWith('tclint/')) found.push({ entry, message, type });
    const fixed = engine.fix(entry.subject);
    if (fixed.output && fixed.changes.length) body.update(entry.index, fixed.output);
  }
  const fixedBody = body.changed ? body.serialize() : undefined;
  const diagnoses = found.map(({ entry, message, type }) => toDiagnosis(entry, message, type, fixedBody));
  return fixedBody === undefined ? { diagnoses } : { diagnoses, body: fixedBody };
}

function toDiagnosis(entry: BodyEntry, message: LintMessage, type: string, fixedBody: string | undefined): Diagnosis {
  const where = entry.path === null ? 'the request body' : `request body ${entry.path}`;
  const field = message.field;
  const value = field !== undefined ? entry.subject?.values[field] : undefined;
  const evidence = [
    field !== undefined && value !== undefined
      ? `${where} (${type}) has "${field}": ${JSON.stringify(value)}`
      : `${where} (${type}): ${message.message}`,
  ];
  const remedies: string[] = [];
  const fixes: readonly FieldFix[] = message.fix ? asChanges(message.fix) : [];
  for (const fix of fixes) remedies.push(`Send "${fix.field}" as ${JSON.stringify(fix.value)} in ${where}.`);
  if (!fixes.length) remedies.push(`Correct ${field !== undefined ? `"${field}"` : 'the indicator'} in ${where}${message.docsUrl ? ` (see ${message.docsUrl})` : ''}.`);
  const diagnosis: Diagnosis = {
    classId: INDICATOR_FORMAT_CLASS,
    ruleId: message.ruleId,
    severity: message.severity,
    message: entry.path === null ? message.message : `${entry.path}: ${message.message}`,
    evidence,
    remedies,
  };
  if (fixes.length && fixedBody !== undefined) diagnosis.fix = { field: 'request.body', value: fixedBody };
  if (message.fix) diagnosis.indicatorFix = message.fix;
  if (field !== undefined) diagnosis.field = field;
  if (entry.path !== null) diagnosis.path = entry.path;
  if (message.docsUrl) diagnosis.docsUrl = message.docsUrl;
  return diagnosis;
}
