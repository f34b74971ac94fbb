import { defineRule, preview } from '@tclint/core';
import { blockAnalysis, withPrefix } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/** A netmask after the slash: ThreatConnect's CIDR pattern takes a prefix length only. A contiguous mask is fixed to its length. */
export const netmask = defineRule({
  meta: {
    id: 'netmask',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A block gives a prefix length, not a dotted netmask',
    docsUrl: docsUrl('netmask'),
    messages: {
      netmask: 'CIDR block {{value}} gives netmask {{mask}}; ThreatConnect needs the prefix length: /{{prefix}}',
      nonContiguous: 'Netmask {{mask}} in {{value}} is not contiguous, so no prefix length stands for it; ThreatConnect needs <address>/<0..{{max}}>',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    if (block.kind !== 'block') return;
    const mask = preview(block.prefixText, { quote: false });
    if (block.prefixIssue === 'netmask') {
      context.report({
        messageId: 'netmask',
        data: { value: preview(block.value), mask, prefix: String(block.prefix) },
        field: BLOCK,
        fix: { field: BLOCK, value: withPrefix(block, block.prefix!) },
      });
    } else if (block.prefixIssue === 'nonContiguous') {
      context.report({ messageId: 'nonContiguous', data: { value: preview(block.value), mask, max: block.family === 4 ? '32' : '128' }, field: BLOCK });
    }
  },
});
