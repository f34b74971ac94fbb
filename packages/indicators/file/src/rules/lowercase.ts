import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASH_FIELDS } from '../fields.js';
import { hashReading, hasUpperHex } from '../read-hash.js';

/**
 * Style: hashes written in lower case. ThreatConnect accepts either case (its
 * patterns are `[a-fA-F\d]`, and its v3 docs show a lower-case hash posted and
 * returned in upper case), so the recommended config turns this rule off; on,
 * it warns.
 */
export const lowercase = defineRule({
  meta: {
    id: 'lowercase',
    subject: 'indicator',
    types: ['File'],
    description: 'Hashes are written in lower case',
    docsUrl: docsUrl('lowercase'),
    messages: {
      uppercase: '{{field}} {{value}} has upper-case hex digits; write it in lower case: {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    for (const field of HASH_FIELDS) {
      const value = subject.values[field];
      if (value === undefined) continue;
      const reading = ctx.analyze(hashReading, value);
      if (reading.kind !== 'hex' || !hasUpperHex(reading.digits)) continue;
      // the value is hex digits, colons and whitespace, none of which but A-F has a lower case
      ctx.report({ messageId: 'uppercase', data: { field, value: preview(value), fixed: preview(reading.digits.toLowerCase()) }, field, fix: { field, value: value.toLowerCase() } });
    }
  },
});
