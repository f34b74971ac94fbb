import { defineRule } from '@tclint/core';
import { MESSAGES } from '../messages.js';
import { docsUrl, reportProblemsOf } from '../report.js';

export const notABlock = defineRule({
  meta: {
    id: 'not-a-block',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A CIDR block is an IP address followed by /prefix; a bare address is an Address',
    docsUrl: docsUrl('not-a-block'),
    messages: MESSAGES['not-a-block'],
    fixable: false,
    severity: 'error',
  },
  check: reportProblemsOf('not-a-block'),
});
