import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const zoneId = defineRule({
  meta: {
    id: 'zone-id',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address has no IPv6 zone id',
    docsUrl: docsUrl('zone-id'),
    messages: MESSAGES['zone-id'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('zone-id'),
});
