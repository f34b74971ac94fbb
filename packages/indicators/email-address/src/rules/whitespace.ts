import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const whitespace = defineRule({
  meta: {
    id: 'whitespace',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'An email address has no leading or trailing whitespace',
    docsUrl: docsUrl('whitespace'),
    messages: MESSAGES['whitespace'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('whitespace'),
});
