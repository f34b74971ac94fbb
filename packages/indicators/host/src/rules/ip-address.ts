import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith } from '../host-value.js';

/** An IP address is an Address indicator, not a Host (and ThreatConnect's Host pattern refuses it). */
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
    const { raw, analysis } = hostOf(subject, ctx);
    for (const problem of problemsWith(analysis, ['ip-address'])) {
      ctx.report({ messageId: 'ipAddress', data: { value: preview(raw), version: problem.ipVersion }, field: HOST_NAME });
    }
  },
});
