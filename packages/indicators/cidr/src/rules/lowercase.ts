import { defineRule } from '@tclint/core';
import { blockAnalysis, refusedForm, withAddress } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/**
 * ThreatConnect's CIDR pattern accepts upper-case hex, but its published case
 * preference for CIDR is lower case: a warning, fixed to lower case. An
 * address that cidr/ipv6-form reports is left to it (its fix writes lower case too).
 */
export const lowercase = defineRule({
  meta: {
    id: 'lowercase',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'IPv6 blocks are written in lower case, ThreatConnect\'s case preference for CIDR',
    docsUrl: docsUrl('lowercase'),
    messages: {
      uppercase: 'IPv6 address "{{address}}" has uppercase hex digits; ThreatConnect accepts them, but stores CIDR blocks in lower case: {{expected}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    const form = block.kind === 'block' ? block.ipv6 : undefined;
    if (!form?.uppercase || refusedForm(form)) return;
    context.report({ messageId: 'uppercase', data: { address: block.address, expected: form.formatted }, field: BLOCK, fix: { field: BLOCK, value: withAddress(block, form.formatted) } });
  },
});
