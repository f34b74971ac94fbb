import { defineRule } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASH_FIELDS } from '../fields.js';
import { hashReading } from '../read-hash.js';

/** A File indicator has at least one of its three hashes. */
export const required = defineRule({
  meta: {
    id: 'required',
    subject: 'indicator',
    types: ['File'],
    description: 'A File has at least one hash: md5, sha1 or sha256',
    docsUrl: docsUrl('required'),
    messages: {
      noHash: 'A File indicator needs at least one hash: md5 (32 hex digits), sha1 (40) or sha256 (64); {{found}}',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const given = HASH_FIELDS.filter((field) => subject.values[field] !== undefined);
    if (given.some((field) => ctx.analyze(hashReading, subject.values[field]!).kind !== 'empty')) return;
    ctx.report({ messageId: 'noHash', data: { found: given.length === 0 ? 'none is given' : `${listOf(given)} ${given.length === 1 ? 'is' : 'are'} empty` } });
  },
});

/** `md5`, `md5 and sha1`, `md5, sha1 and sha256`. */
function listOf(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
