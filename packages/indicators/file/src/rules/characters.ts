import { defineRule, preview, SUMMARY_SEPARATOR } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASH_FIELDS } from '../fields.js';
import { describeCharacter, hashReading } from '../read-hash.js';

/** A hash is hex digits only (or a colon-separated fingerprint of them). */
export const characters = defineRule({
  meta: {
    id: 'characters',
    subject: 'indicator',
    types: ['File'],
    description: 'Hashes are hex digits only',
    docsUrl: docsUrl('characters'),
    messages: {
      notHex: '{{field}} {{value}} has {{character}} at position {{position}}; a hash is hex digits only (0-9, a-f). Not fixed',
      summaryInField: '{{field}} {{value}} holds several values separated by " : "; give each hash in its own field (md5, sha1, sha256)',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    for (const field of HASH_FIELDS) {
      const value = subject.values[field];
      if (value === undefined) continue;
      const reading = ctx.analyze(hashReading, value);
      if (reading.kind !== 'notHex') continue;
      if (value.includes(SUMMARY_SEPARATOR)) {
        ctx.report({ messageId: 'summaryInField', data: { field, value: preview(value) }, field });
        continue;
      }
      ctx.report({
        messageId: 'notHex',
        data: { field, value: preview(value), character: describeCharacter(value, reading.index), position: reading.index + 1 },
        field,
      });
    }
  },
});
