import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const prefix = defineRule({
  meta: {
    id: 'prefix',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address has no prefix length (that is a CIDR block)',
    docsUrl: docsUrl('prefix'),
    messages: MESSAGES['prefix'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('prefix'),
});
