import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith } from '../host-value.js';

/** DNS names are at most 253 octets; ThreatConnect's Host pattern has no such limit, so a longer one is a warning. */
export const nameLength = defineRule({
  meta: {
    id: 'name-length',
    subject: 'indicator',
    types: ['Host'],
    description: 'Host names are at most 253 octets in ASCII form, as DNS allows',
    docsUrl: docsUrl('name-length'),
    messages: {
      nameTooLong: 'Host {{value}} is {{length}} characters long; DNS allows at most 253 octets in ASCII form, so no such host exists (ThreatConnect accepts it)',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    for (const problem of problemsWith(analysis, ['name-too-long'])) ctx.report({ messageId: 'nameTooLong', data: { value: preview(raw), length: problem.length }, field: HOST_NAME });
  },
});
