import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const brackets = defineRule({
  meta: {
    id: 'brackets',
    subject: 'indicator',
    types: ['Address'],
    description: 'An Address is not written in brackets',
    docsUrl: docsUrl('brackets'),
    messages: MESSAGES['brackets'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('brackets'),
});
