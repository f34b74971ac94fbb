import { defineRule, preview } from '@tclint/core';
import { blockAnalysis, withPrefix } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/**
 * A plain decimal 0..32 (IPv4) or 0..128 (IPv6), without leading zeros: what
 * ThreatConnect's CIDR pattern takes. Leading zeros are fixed; the rest is not.
 */
export const prefix = defineRule({
  meta: {
    id: 'prefix',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'The prefix length is a plain decimal 0..32 (IPv4) or 0..128 (IPv6)',
    docsUrl: docsUrl('prefix'),
    messages: {
      leadingZeros: 'Prefix length "/{{prefix}}" in {{value}} has leading zeros; write /{{expected}}',
      outOfRange: 'Prefix length /{{prefix}} in {{value}} is out of range; an IPv{{family}} prefix length is 0..{{max}}',
      invalid: 'Prefix length "/{{prefix}}" in {{value}} is not a decimal number; write /0..{{max}}',
      missingLength: '{{value}} ends in "/" without a prefix length; write /0..{{max}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    const issue = block.kind === 'block' ? block.prefixIssue : undefined;
    if (issue === undefined || issue === 'netmask' || issue === 'nonContiguous') return;
    const shown = preview(block.value);
    const max = block.family === 4 ? '32' : '128';
    const written = preview(block.prefixText, { quote: false });
    switch (issue) {
      case 'leadingZeros':
        return context.report({
          messageId: 'leadingZeros',
          data: { value: shown, prefix: written, expected: String(block.prefix) },
          field: BLOCK,
          fix: { field: BLOCK, value: withPrefix(block, block.prefix!) },
        });
      case 'outOfRange':
        return context.report({ messageId: 'outOfRange', data: { value: shown, prefix: written, family: String(block.family), max }, field: BLOCK });
      case 'invalid':
        return context.report({ messageId: 'invalid', data: { value: shown, prefix: written, max }, field: BLOCK });
      case 'missingLength':
        return context.report({ messageId: 'missingLength', data: { value: shown, max }, field: BLOCK });
    }
  },
});
