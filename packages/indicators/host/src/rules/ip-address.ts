import { defineRule } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostProblems } from '../host-value.js';

/** An IP address is an Address indicator, not a Host. */
export const ipAddress = defineRule({
  meta: {
    id: 'ip-address',
    subject: 'indicator',
    types: ['Host'],
    description: 'A Host is a name, not an IP address (use the Address type)',
    docsUrl: docsUrl('ip-address'),
    messages: {
      ipAddress: 'Host {{value}} is an IPv{{version}} address, not a host name; create it as an Address indicator instead',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { value, problems } = hostProblems(subject, ['ip-address']);
    for (const problem of problems) {
      ctx.report({ messageId: 'ipAddress', data: { value, version: problem.ipVersion }, field: HOST_NAME });
    }
  },
});
