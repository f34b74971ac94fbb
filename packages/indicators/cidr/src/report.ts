import type { IndicatorSubject, RuleContext } from '@tclint/core';
import { ruleDocsUrl } from '@tclint/core';
import type { CidrRuleName } from './messages.js';
import { analyzeBlock } from './normalize.js';

export const BLOCK = 'Block';

/** A rule's check: report the problems of the Block field that belong to `rule`. */
export function reportProblemsOf(rule: CidrRuleName) {
  return (subject: IndicatorSubject, context: RuleContext<unknown>): void => {
    const value = subject.values[BLOCK];
    const { problems } = analyzeBlock(typeof value === 'string' ? value : '');
    for (let i = 0; i < problems.length; i++) {
      const found = problems[i]!;
      if (found.rule !== rule) continue;
      // object literals written out: spreading one into another is a slow path in V8
      if (found.fix === undefined) context.report({ messageId: found.messageId, data: found.data, field: BLOCK });
      else context.report({ messageId: found.messageId, data: found.data, field: BLOCK, fix: { field: BLOCK, value: found.fix } });
    }
  };
}

export function docsUrl(rule: CidrRuleName): string {
  return ruleDocsUrl('packages/indicators/cidr', `cidr/${rule}`);
}
