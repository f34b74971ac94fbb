import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const ipv6Form = defineRule({
  meta: {
    id: 'ipv6-form',
    subject: 'indicator',
    types: ['Address'],
    description: 'IPv6: all eight groups, no ::, no leading zeros, lowercase hex (the ThreatConnect form)',
    docsUrl: docsUrl('ipv6-form'),
    messages: MESSAGES['ipv6-form'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('ipv6-form'),
});
