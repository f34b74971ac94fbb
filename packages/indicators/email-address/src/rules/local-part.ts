import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const localPart = defineRule({
  meta: {
    id: 'local-part',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'The local part is well-formed; its case and spelling are never changed',
    docsUrl: docsUrl('local-part'),
    messages: MESSAGES['local-part'],
    fixable: false,
    severity: 'error',
  },
  check: reportProblemsOf('local-part'),
});
