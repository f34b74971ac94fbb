import { defineRule } from '@tclint/core';
import { MESSAGES } from '../messages.js';
import { docsUrl, reportProblemsOf } from '../report.js';

export const whitespace = defineRule({
  meta: {
    id: 'whitespace',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A CIDR block has no leading or trailing whitespace',
    docsUrl: docsUrl('whitespace'),
    messages: MESSAGES['whitespace'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('whitespace'),
});
