import type { IndicatorSubject, RuleContext } from '@tclint/core';
import { analyzeEmailAddress } from './analyze.js';
import { ADDRESS } from './field.js';
import type { EmailRuleName } from './messages.js';

/** A rule's check: report the problems of the `address` field that belong to `rule`. */
export function reportProblemsOf(rule: EmailRuleName) {
  return (subject: IndicatorSubject, context: RuleContext<unknown>): void => {
    const value = subject.values[ADDRESS];
    for (const found of analyzeEmailAddress(typeof value === 'string' ? value : '').problems) {
      if (found.rule !== rule) continue;
      const report = { messageId: found.messageId, data: found.data, field: ADDRESS };
      context.report(found.fix === undefined ? report : { ...report, fix: { field: ADDRESS, value: found.fix } });
    }
  };
}
