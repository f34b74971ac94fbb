import { defineRule } from '@tclint/core';
import { MESSAGES } from '../messages.js';
import { docsUrl, reportProblemsOf } from '../report.js';

export const hostBits = defineRule({
  meta: {
    id: 'host-bits',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A block is written with its network address: no host bits set after the prefix',
    docsUrl: docsUrl('host-bits'),
    messages: MESSAGES['host-bits'],
    fixable: true,
    severity: 'error',
  },
  check: reportProblemsOf('host-bits'),
});
