import { defineRule } from '@tclint/core';
import { MESSAGES } from '../messages.js';
import { docsUrl, reportProblemsOf } from '../report.js';

export const ipv6Form = defineRule({
  meta: {
    id: 'ipv6-form',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'IPv6 blocks are written with all eight groups: no "::", no leading zeros, lowercase hex',
    docsUrl: docsUrl('ipv6-form'),
    messages: MESSAGES['ipv6-form'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('ipv6-form'),
});
