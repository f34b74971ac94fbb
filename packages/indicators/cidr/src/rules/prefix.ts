import { defineRule } from '@tclint/core';
import { MESSAGES } from '../messages.js';
import { docsUrl, reportProblemsOf } from '../report.js';

export const prefix = defineRule({
  meta: {
    id: 'prefix',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'The prefix length is a plain decimal 0..32 (IPv4) or 0..128 (IPv6)',
    docsUrl: docsUrl('prefix'),
    messages: MESSAGES['prefix'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('prefix'),
});
