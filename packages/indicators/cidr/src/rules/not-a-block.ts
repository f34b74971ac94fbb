import { defineRule, preview } from '@tclint/core';
import { blockAnalysis } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/** A block is an IP address, `/` and a prefix length; anything else is refused by ThreatConnect's CIDR pattern. */
export const notABlock = defineRule({
  meta: {
    id: 'not-a-block',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A CIDR block is an IP address followed by /prefix; a bare address is an Address',
    docsUrl: docsUrl('not-a-block'),
    messages: {
      empty: 'CIDR block is empty; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>',
      missingPrefix:
        '{{value}} is an IP address without a prefix length, so it is not a CIDR block; use the Address type for a single address, or add a prefix length (/{{max}} for a one-address block)',
      notABlock: '{{value}} is not a CIDR block; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>',
      badAddress: '"{{address}}" in {{value}} is not an IPv4 or IPv6 address; expected <IPv4 address>/<0..32> or <IPv6 address>/<0..128>',
    },
    fixable: false,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    switch (block.kind) {
      case 'empty':
        return context.report({ messageId: 'empty', field: BLOCK });
      case 'notABlock':
        return context.report({ messageId: 'notABlock', data: { value: preview(block.value) }, field: BLOCK });
      case 'missingPrefix':
        return context.report({ messageId: 'missingPrefix', data: { value: preview(block.value), max: block.family === 4 ? '32' : '128' }, field: BLOCK });
      case 'badAddress':
        return context.report({ messageId: 'badAddress', data: { value: preview(block.value), address: preview(block.address, { quote: false }) }, field: BLOCK });
    }
  },
});
