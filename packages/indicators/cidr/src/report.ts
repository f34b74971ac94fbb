import type { IndicatorSubject, RuleContext } from '@tclint/core';
import type { CidrRuleName } from './messages.js';
import { analyzeBlock } from './normalize.js';

export const BLOCK = 'Block';

/** A rule's check: report the problems of the Block field that belong to `rule`. */
export function reportProblemsOf(rule: CidrRuleName) {
  return (subject: IndicatorSubject, context: RuleContext<unknown>): void => {
    const value = subject.values[BLOCK];
    for (const found of analyzeBlock(typeof value === 'string' ? value : '').problems) {
      if (found.rule !== rule) continue;
      const report = { messageId: found.messageId, data: found.data, field: BLOCK };
      context.report(found.fix === undefined ? report : { ...report, fix: { field: BLOCK, value: found.fix } });
    }
  };
}

export function docsUrl(rule: CidrRuleName): string {
  return `https://github.com/tclint/tclint/tree/main/packages/indicators/cidr#cidr${rule}`;
}
