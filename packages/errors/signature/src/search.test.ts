import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Signer } from './search.js';

/** Any UTF-16 code units, lone surrogates included. */
const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));
const DIGITS = fc.stringMatching(/^[0-9]{1,16}$/);

describe('Signer: the request hashed once, each timestamp appended', () => {
  // Prefix and ending are encoded to UTF-8 apart, as the Signer does, so the expectation hashes their bytes
  // one after the other: the HMAC of their joined text differs when a lone high surrogate ends one part and a
  // lone low surrogate starts the next (apart: two U+FFFD; joined: one code point).
  it('equals HMAC-SHA256 over the UTF-8 of the prefix followed by the UTF-8 of the ending, for any key, target and ending', () => {
    fc.assert(
      fc.property(utf16, utf16, utf16, fc.array(fc.oneof(DIGITS, utf16), { maxLength: 4 }), (key, path, method, timestamps) => {
        const signer = new Signer({ key, method, target: { path } });
        const prefix = Buffer.from(`${path}:${method}:`, 'utf8');
        for (const timestamp of timestamps) {
          const expected = createHmac('sha256', key).update(prefix).update(Buffer.from(timestamp, 'utf8')).digest();
          expect(Buffer.from(signer.digest(timestamp)).equals(expected)).toBe(true);
          expect(signer.matches(timestamp, new Uint8Array(expected))).toBe(true);
          // the prefix ends in ":", so the texts join nothing either
          expect(createHmac('sha256', key).update(`${path}:${method}:${timestamp}`).digest().equals(expected)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
