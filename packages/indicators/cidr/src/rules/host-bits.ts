import { defineRule, preview } from '@tclint/core';
import { blockAnalysis, withAddress } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/**
 * A block's address is its network address. ThreatConnect's CIDR pattern
 * accepts host bits (a warning), but the block stands for its network: the
 * fix masks to it, in ThreatConnect's form. The seed's Python snippet raises
 * on such a block (`ipaddress.IPv6Network` is strict).
 */
export const hostBits = defineRule({
  meta: {
    id: 'host-bits',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A block is written with its network address: no host bits set after the prefix',
    docsUrl: docsUrl('host-bits'),
    messages: {
      hostBits: 'Host bits are set in {{value}}: {{address}} is not the network address of its /{{prefix}} block; the network address is {{network}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    if (block.kind !== 'block' || block.network === undefined) return;
    context.report({
      messageId: 'hostBits',
      data: { value: preview(block.value), address: block.address, network: block.network, prefix: String(block.prefix) },
      field: BLOCK,
      fix: { field: BLOCK, value: withAddress(block, block.network) },
    });
  },
});
