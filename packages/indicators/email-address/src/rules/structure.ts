import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const structure = defineRule({
  meta: {
    id: 'structure',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'An email address is local-part@domain, with exactly one @ outside quotes',
    docsUrl: docsUrl('structure'),
    messages: MESSAGES['structure'],
    fixable: false,
    severity: 'error',
  },
  check: reportProblemsOf('structure'),
});
