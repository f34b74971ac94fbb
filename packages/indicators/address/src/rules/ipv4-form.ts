import { defineRule } from '@tclint/core';
import { docsUrl } from '../field.js';
import { MESSAGES } from '../messages.js';
import { reportProblemsOf } from '../report.js';

export const ipv4Form = defineRule({
  meta: {
    id: 'ipv4-form',
    subject: 'indicator',
    types: ['Address'],
    description: 'IPv4: four decimal octets 0..255 without leading zeros',
    docsUrl: docsUrl('ipv4-form'),
    messages: MESSAGES['ipv4-form'],
    fixable: false,
    severity: 'error',
  },
  check: reportProblemsOf('ipv4-form'),
});
