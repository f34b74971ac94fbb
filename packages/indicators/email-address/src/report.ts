import type { IndicatorSubject, RuleContext } from '@tclint/core';
import { analyzeEmailAddress } from './analyze.js';
import { ADDRESS } from './field.js';
import type { EmailRuleName } from './messages.js';

/** A rule's check: report the problems of the `address` field that belong to `rule`. */
export function reportProblemsOf(rule: EmailRuleName) {
  return (subject: IndicatorSubject, context: RuleContext<unknown>): void => {
    const value = subject.values[ADDRESS];
    const { problems } = analyzeEmailAddress(typeof value === 'string' ? value : '');
    for (let i = 0; i < problems.length; i++) {
      const found = problems[i]!;
      if (found.rule !== rule) continue;
      // object literals written out: spreading one into another is a slow path in V8
      if (found.fix === undefined) context.report({ messageId: found.messageId, data: found.data, field: ADDRESS });
      else context.report({ messageId: found.messageId, data: found.data, field: ADDRESS, fix: { field: ADDRESS, value: found.fix } });
    }
  };
}
