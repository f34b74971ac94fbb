import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const domain = defineRule({
  meta: {
    id: 'domain',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'The domain is a host name in lower case and Punycode, as a Host indicator',
    docsUrl: docsUrl('domain'),
    messages: MESSAGES['domain'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('domain'),
});
