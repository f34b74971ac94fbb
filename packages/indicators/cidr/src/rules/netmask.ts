import { defineRule } from '@tclint/core';
import { MESSAGES } from '../messages.js';
import { docsUrl, reportProblemsOf } from '../report.js';

export const netmask = defineRule({
  meta: {
    id: 'netmask',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A block gives a prefix length, not a dotted netmask',
    docsUrl: docsUrl('netmask'),
    messages: MESSAGES['netmask'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('netmask'),
});
