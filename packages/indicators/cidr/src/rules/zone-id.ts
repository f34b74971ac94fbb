import { defineRule } from '@tclint/core';
import { MESSAGES } from '../messages.js';
import { docsUrl, reportProblemsOf } from '../report.js';

export const zoneId = defineRule({
  meta: {
    id: 'zone-id',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A CIDR block carries no IPv6 zone id (%eth0)',
    docsUrl: docsUrl('zone-id'),
    messages: MESSAGES['zone-id'],
    fixable: false,
    severity: 'error',
  },
  check: reportProblemsOf('zone-id'),
});
