import type { IndicatorSubject, RuleContext } from '@tclint/core';
import { analyzeAddress } from './analyze.js';
import { IP } from './field.js';
import type { AddressRuleName } from './messages.js';

/** A rule's check: report the problems of the `ip` field that belong to `rule`. */
export function reportProblemsOf(rule: AddressRuleName) {
  return (subject: IndicatorSubject, context: RuleContext<unknown>): void => {
    const value = subject.values[IP];
    for (const found of analyzeAddress(typeof value === 'string' ? value : '').problems) {
      if (found.rule !== rule) continue;
      const report = { messageId: found.messageId, data: found.data, field: IP };
      context.report(found.fix === undefined ? report : { ...report, fix: { field: IP, value: found.fix } });
    }
  };
}
