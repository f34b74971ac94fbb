import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const notAnAddress = defineRule({
  meta: {
    id: 'not-an-address',
    subject: 'indicator',
    types: ['Address'],
    description: 'The value is an IPv4 or IPv6 address',
    docsUrl: docsUrl('not-an-address'),
    messages: MESSAGES['not-an-address'],
    fixable: false,
    severity: 'error',
  },
  check: reportProblemsOf('not-an-address'),
});
