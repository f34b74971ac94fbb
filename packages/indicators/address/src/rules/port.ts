import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const port = defineRule({
  meta: {
    id: 'port',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address has no port',
    docsUrl: docsUrl('port'),
    messages: MESSAGES['port'],
    fixable: false,
    severity: 'error',
  },
  check: reportProblemsOf('port'),
});
