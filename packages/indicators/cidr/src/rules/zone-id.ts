import { defineRule, preview } from '@tclint/core';
import { blockAnalysis } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/** A zone id names a link of one host; ThreatConnect's CIDR pattern refuses `%`. Not fixed: it usually means an address was pasted. */
export const zoneId = defineRule({
  meta: {
    id: 'zone-id',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A CIDR block carries no IPv6 zone id (%eth0)',
    docsUrl: docsUrl('zone-id'),
    messages: {
      zoneId: 'Address "{{address}}%{{zone}}" in {{value}} carries zone id "%{{zone}}"; a CIDR block cannot have one, remove it',
    },
    fixable: false,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    if (block.kind !== 'block' || block.zone === undefined) return;
    context.report({
      messageId: 'zoneId',
      data: { value: preview(block.value), address: preview(block.address, { quote: false }), zone: preview(block.zone, { quote: false }) },
      field: BLOCK,
    });
  },
});
