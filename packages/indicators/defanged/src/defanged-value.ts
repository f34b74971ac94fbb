import { defineAnalysis, preview, type FieldFix, type IndicatorSubject, type Report, type RuleContext } from '@tclint/core';
import { indicatorTypesOf } from '@tclint/tc-types';
import { findDefangs, mayHaveDefangs, type Defang, type DefangFamily } from './find-defangs.js';
import { replaceDefangs } from './refang.js';
import { MAX_REFANGED_LENGTH, valueField } from './types.js';

const NONE: readonly Defang[] = Object.freeze([]);

/** The defanged parts of a value, found once per value for every rule of the package (and `detect`). */
export const defangAnalysis = defineAnalysis('defanged/find', (value: string): readonly Defang[] =>
  value.length <= MAX_REFANGED_LENGTH && mayHaveDefangs(value) ? findDefangs(value) : NONE,
);

/** A defangable indicator's value and its defanged parts; undefined when it has none (most values). */
export interface DefangedValue {
  field: string;
  value: string;
  defangs: readonly Defang[];
  /** ThreatConnect's pattern for the type refuses the value as written (with the user's instance's definitions, from settings). */
  refused: boolean;
}

export function defangedValueOf(subject: IndicatorSubject, context: RuleContext<unknown>): DefangedValue | undefined {
  if (subject.type === undefined) return undefined;
  const field = valueField(subject.type);
  const value = field === undefined ? undefined : subject.values[field];
  if (field === undefined || typeof value !== 'string') return undefined;
  const defangs = context.analyze(defangAnalysis, value);
  if (defangs.length === 0) return undefined;
  return { field, value, defangs, refused: indicatorTypesOf(context.settings).failures(subject.type, subject.values).length > 0 };
}

/**
 * One report for a family: the first defanged part and how many there are,
 * with a fix that refangs that family and nothing else; undefined when the
 * value has no part of the family.
 */
export function familyReport(found: DefangedValue, family: DefangFamily): Report | undefined {
  const mine = found.defangs.filter((d) => d.family === family);
  if (mine.length === 0) return undefined;
  const fixed = replaceDefangs(found.value, mine);
  const first = mine[0]!;
  const fix: FieldFix = { field: found.field, value: fixed };
  return {
    messageId: family,
    data: { value: preview(found.value), written: preview(first.written), expected: preview(first.replacement), more: mine.length > 1 ? ` (${mine.length} in all)` : '', fixed: preview(fixed) },
    field: found.field,
    fix,
  };
}
