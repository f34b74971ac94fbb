import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { fieldForLength, HASH_FIELDS, HASH_LENGTHS } from '../fields.js';
import { hashReading } from '../read-hash.js';

/** Hashes ThreatConnect does not store, by length, to say what a value probably is. */
const OTHER_HASHES: Readonly<Record<number, string>> = { 56: 'SHA-224', 96: 'SHA-384', 128: 'SHA-512' };

/** A hash has 32 (MD5), 40 (SHA-1) or 64 (SHA-256) hex digits. */
export const length = defineRule({
  meta: {
    id: 'length',
    subject: 'indicator',
    types: ['File'],
    description: 'Hashes have 32 (MD5), 40 (SHA-1) or 64 (SHA-256) hex digits',
    docsUrl: docsUrl('length'),
    messages: {
      unknownLength:
        '{{field}} {{value}} has {{length}} hex digits, which is no hash ThreatConnect stores: MD5 has 32, SHA-1 40, SHA-256 64{{hint}}. Not fixed',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    for (const field of HASH_FIELDS) {
      const value = subject.values[field];
      if (value === undefined) continue;
      const reading = ctx.analyze(hashReading, value);
      if ((reading.kind !== 'hex' && reading.kind !== 'labelled') || fieldForLength(reading.digits.length)) continue;
      const n = reading.digits.length;
      ctx.report({ messageId: 'unknownLength', data: { field, value: preview(value), length: n, hint: hint(n) }, field });
    }
  },
});

function hint(n: number): string {
  const other = OTHER_HASHES[n];
  if (other) return ` (${n} is a ${other} hash, which a File indicator cannot hold)`;
  for (const field of HASH_FIELDS) {
    const diff = n - HASH_LENGTHS[field];
    if (Math.abs(diff) <= 2) return ` (${Math.abs(diff)} ${Math.abs(diff) === 1 ? 'digit' : 'digits'} ${diff < 0 ? 'short of' : 'more than'} ${HASH_LENGTHS[field]}: was it cut or mistyped?)`;
  }
  return '';
}
