import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASH_FIELDS } from '../fields.js';
import { hasUpperHex, readHash } from '../read-hash.js';

/** Policy: hashes are written in lower case. */
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
    severity: 'error',
  },
  check(subject, ctx) {
    for (const field of HASH_FIELDS) {
      const value = subject.values[field];
      if (value === undefined) continue;
      const reading = readHash(value);
      if (reading.kind !== 'hex' || !hasUpperHex(reading.digits)) continue;
      // the value is hex digits, colons and whitespace, none of which but A-F has a lower case
      ctx.report({ messageId: 'uppercase', data: { field, value: preview(value), fixed: preview(reading.digits.toLowerCase()) }, field, fix: { field, value: value.toLowerCase() } });
    }
  },
});
