import { preview, type IndicatorSubject, type RuleContext } from '@tclint/core';
import { findDefangs, mayHaveDefangs, type Defang, type DefangFamily } from './find-defangs.js';
import { replaceDefangs } from './refang.js';
import { MAX_REFANGED_LENGTH, valueField } from './types.js';

let last: { value: string; defangs: readonly Defang[] } | undefined;
const NONE: readonly Defang[] = Object.freeze([]);

/** `findDefangs` remembering its last answer: the plugin's rules all look at the same value in turn. */
function defangsOf(value: string): readonly Defang[] {
  if (last?.value !== value) last = { value, defangs: mayHaveDefangs(value) ? findDefangs(value) : NONE };
  return last.defangs;
}

/**
 * A rule's check: one report per value for the rule's family, naming the
 * first defanged part and how many there are, with a fix that refangs that
 * family and nothing else.
 */
export function reportFamily(family: DefangFamily) {
  return (subject: IndicatorSubject, context: RuleContext<unknown>): void => {
    if (subject.type === undefined) return;
    const field = valueField(subject.type);
    const value = subject.values[field];
    if (typeof value !== 'string' || value.length > MAX_REFANGED_LENGTH) return;
    const defangs = defangsOf(value);
    if (defangs.length === 0) return; // most values: nothing to filter
    const mine = defangs.filter((d) => d.family === family);
    if (mine.length === 0) return;
    const fixed = replaceDefangs(value, mine);
    const first = mine[0]!;
    context.report({
      messageId: family,
      data: {
        value: preview(value),
        written: preview(first.written),
        expected: preview(first.replacement),
        more: mine.length > 1 ? ` (${mine.length} in all)` : '',
        fixed: preview(fixed),
      },
      field,
      fix: { field, value: fixed },
    });
  };
}
