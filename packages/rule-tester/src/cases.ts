import { fieldValue, indicator, indicatorFromSummary, messageSubject, type AnyRule, type Subject } from '@tclint/core';

/** One expected message: a messageId, or the details to compare. */
export type ExpectedError =
  | string
  | {
      messageId: string;
      field?: string;
      data?: Record<string, unknown>;
      /** The exact rendered message. */
      message?: string;
      severity?: 'error' | 'warning';
    };

interface CaseBase {
  /** Shown as the test name; defaults to the value. */
  name?: string;
  /** Options given to the rule. */
  options?: unknown;
  /** Indicator type, when it is not the rule's first type. */
  type?: string;
  only?: boolean;
  /** An indicator in summary form (`Key Name : Value Name : Value Type` for multi-valued types). */
  value?: string;
  /** An indicator as ThreatConnect field values. */
  values?: Record<string, string>;
  /** A message subject's text. */
  text?: string;
  /** Any subject, for exchange and app rules. */
  subject?: Subject;
}

export type ValidCase = string | CaseBase;

export interface InvalidCase extends CaseBase {
  /** The messages the rule must report, in order; or how many. */
  errors: number | readonly ExpectedError[];
  /**
   * The fixed result: a summary string or field values for indicators, the
   * changed fields (`{ field: value }`) for other subjects; `null` when the
   * rule cannot fix this case. Required for fixable rules.
   */
  output?: string | Record<string, string> | null;
}

export interface TestCases {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

export function normalizeValid(c: ValidCase): CaseBase {
  return typeof c === 'string' ? { value: c } : c;
}

/** Builds the subject a case describes. */
export function subjectOf(rule: AnyRule, c: CaseBase): Subject {
  if (c.subject) return c.subject;
  if (c.text !== undefined) return messageSubject(c.text);
  const type = c.type ?? rule.meta.types?.[0];
  if (rule.meta.subject !== 'indicator') throw new Error(`a case for a ${rule.meta.subject} rule needs "subject"${rule.meta.subject === 'message' ? ' or "text"' : ''}`);
  if (c.values) {
    if (!type) throw new Error('a case with "values" needs "type" when the rule names no types');
    return indicator(type, c.values);
  }
  if (c.value === undefined) throw new Error('a case needs "value", "values", "text" or "subject"');
  return indicatorFromSummary(c.value, type);
}

export function caseName(c: CaseBase): string {
  if (c.name) return c.name;
  if (c.value !== undefined) return JSON.stringify(c.value);
  if (c.values) return JSON.stringify(c.values);
  if (c.text !== undefined) return JSON.stringify(c.text.slice(0, 80));
  return c.subject?.kind ?? 'case';
}

/** A key equal for two cases exactly when they test the same thing. */
export function caseKey(c: CaseBase): string {
  const { name: _name, only: _only, ...rest } = c;
  // The secret key is not enumerable, so name it: cases may differ only by key.
  const secretKey = c.subject?.kind === 'exchange' ? c.subject.secretKey : undefined;
  return JSON.stringify({ ...rest, secretKey }, (_k, v) => (typeof v === 'function' ? String(v) : v));
}

/** The fields of `subject` named by `expected`, to compare with it. */
export function pickFields(subject: Subject, expected: Record<string, string>): Record<string, string | undefined> {
  const picked: Record<string, string | undefined> = {};
  for (const field of Object.keys(expected)) picked[field] = fieldValue(subject, field);
  return picked;
}
