import { indicator } from '@tclint/core';
import { testFixProperties } from '@tclint/rule-tester';
import fc from 'fast-check';
import { plugin } from './index.js';
import { MD5, SHA1, SHA256 } from './testing/hashes.js';
import { platformAccepts } from './testing/platform.js';

// The laws of every fixer, on one field at a time (properties.test.ts has the File's own, over all three fields).
const parts = fc.constantFrom('a', 'F', '0', '9', ':', ' ', '\t', '\n', 'x', '=', 'SHA1: ', 'md5=', 'sha256 ', '\u00a0', '\ud800', MD5, SHA1, SHA256, MD5.toUpperCase());
const noise = fc.oneof(fc.string({ unit: 'binary' }), fc.array(parts, { maxLength: 6 }).map((p) => p.join('')));

for (const field of ['md5', 'sha1', 'sha256']) {
  testFixProperties(plugin, {
    subject: (value) => indicator('File', { [field]: value }),
    clean: fc.constantFrom({ md5: MD5, sha1: SHA1, sha256: SHA256 }[field]!),
    noise,
    accepts: platformAccepts,
    numRuns: 200,
  });
}
