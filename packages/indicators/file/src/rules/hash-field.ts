import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { ALGORITHMS } from '../fields.js';
import { hashPlacement } from '../placement.js';

/** Each hash is in the field its length names: MD5 in md5, SHA-1 in sha1, SHA-256 in sha256. */
export const hashField = defineRule({
  meta: {
    id: 'hash-field',
    subject: 'indicator',
    types: ['File'],
    description: 'Each hash is in the field its length names (md5 : sha1 : sha256)',
    docsUrl: docsUrl('hash-field'),
    messages: {
      misplaced: '{{field}} holds {{length}} hex digits, a {{algorithm}} hash, which belongs in {{target}}',
      duplicate: '{{field}} holds the same {{algorithm}} hash as {{other}}; a File lists each hash once, in its own field ({{target}})',
      blocked:
        '{{field}} holds {{length}} hex digits, a {{algorithm}} hash, which belongs in {{target}}, but {{target}} already holds {{targetValue}}; not fixed: decide which {{algorithm}} hash this File has',
      conflict:
        '{{field}} and {{other}} hold two different {{algorithm}} hashes, which both belong in {{target}}; a File has one hash of each kind. Not fixed: decide which one this File has',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { misplaced, fix } = ctx.analyze(hashPlacement, subject.values);
    for (const m of misplaced) {
      const data = { field: m.field, target: m.target, length: m.length, algorithm: ALGORITHMS[m.target] };
      if (m.blockedBy === m.target) {
        ctx.report({ messageId: 'blocked', data: { ...data, targetValue: preview(subject.values[m.target] ?? '') }, field: m.field });
      } else if (m.blockedBy) {
        ctx.report({ messageId: 'conflict', data: { ...data, other: m.blockedBy }, field: m.field });
      } else if (m.sameAs) {
        ctx.report({ messageId: 'duplicate', data: { ...data, other: m.sameAs }, field: m.field, ...(fix && { fix }) });
      } else {
        ctx.report({ messageId: 'misplaced', data, field: m.field, ...(fix && { fix }) });
      }
    }
  },
});
