import { defineRule } from '@tclint/core';
import { MESSAGES } from '../messages.js';
import { docsUrl, reportProblemsOf } from '../report.js';

export const ipv4Form = defineRule({
  meta: {
    id: 'ipv4-form',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'IPv4 blocks use four decimal octets 0..255 without leading zeros',
    docsUrl: docsUrl('ipv4-form'),
    messages: MESSAGES['ipv4-form'],
    fixable: false,
    severity: 'error',
  },
  check: reportProblemsOf('ipv4-form'),
});
