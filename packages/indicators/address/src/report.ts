import type { IndicatorSubject, RuleContext } from '@tclint/core';
import { analyzeAddress } from './analyze.js';
import { IP } from './field.js';
import type { AddressRuleName } from './messages.js';

/** A rule's check: report the problems of the `ip` field that belong to `rule`. */
export function reportProblemsOf(rule: AddressRuleName) {
  return (subject: IndicatorSubject, context: RuleContext<unknown>): void => {
    const value = subject.values[IP];
    const { problems } = analyzeAddress(typeof value === 'string' ? value : '');
    for (let i = 0; i < problems.length; i++) {
      const found = problems[i]!;
      if (found.rule !== rule) continue;
      // object literals written out: spreading one into another is a slow path in V8
      if (found.fix === undefined) context.report({ messageId: found.messageId, data: found.data, field: IP });
      else context.report({ messageId: found.messageId, data: found.data, field: IP, fix: { field: IP, value: found.fix } });
    }
  };
}
