import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASH_FIELDS } from '../fields.js';
import { hashReading } from '../read-hash.js';

/** Policy: a hash written as a colon-separated fingerprint (`D4:1D:8C:…`) is written as plain hex digits. */
export const fingerprint = defineRule({
  meta: {
    id: 'fingerprint',
    subject: 'indicator',
    types: ['File'],
    description: 'Hashes are plain hex digits, not colon-separated fingerprints',
    docsUrl: docsUrl('fingerprint'),
    messages: {
      fingerprint: '{{field}} {{value}} is written as a colon-separated fingerprint; write the hex digits alone: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    for (const field of HASH_FIELDS) {
      const value = subject.values[field];
      if (value === undefined) continue;
      const reading = ctx.analyze(hashReading, value);
      if (reading.kind !== 'hex' || !reading.fingerprint) continue;
      // only the colons go: case and surrounding whitespace are other rules' to fix
      const fixed = value.replaceAll(':', '');
      ctx.report({ messageId: 'fingerprint', data: { field, value: preview(value), fixed: preview(reading.digits) }, field, fix: { field, value: fixed } });
    }
  },
});
