import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.js';
import { fromHex, toHex } from './hex.js';
import { HmacSha256, hmacSha256 } from './hmac.js';
import { Sha256, sha256 } from './sha256.js';
import { utf8Encode } from './utf8.js';

const bytes = (max: number) => fc.uint8Array({ maxLength: max });
/** Any UTF-16 code units, lone surrogates included. */
const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));

describe('pure SHA-256 / HMAC-SHA256 / base64 against node:crypto', () => {
  it('SHA-256 of random bytes (lengths around the block and padding edges)', () => {
    fc.assert(
      fc.property(bytes(300), (data) => {
        expect(toHex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
      }),
      { numRuns: 300 },
    );
    for (let n = 50; n <= 130; n++) {
      const data = new Uint8Array(n).fill(n);
      expect(toHex(sha256(data)), `length ${n}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('streaming updates in any split equal one update; clones continue independently', () => {
    fc.assert(
      fc.property(bytes(200), bytes(200), (a, b) => {
        const whole = createHash('sha256').update(a).update(b).digest('hex');
        const prefix = new Sha256().update(a);
        const copy = prefix.clone();
        const finished = new Uint8Array(32);
        prefix.digestWith(b, finished);
        expect(toHex(finished)).toBe(whole);
        expect(toHex(prefix.digest()), 'digest() leaves the hash as it was').toBe(createHash('sha256').update(a).digest('hex'));
        expect(toHex(prefix.update(b).digest())).toBe(whole);
        expect(toHex(copy.update(b).digest())).toBe(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('HMAC-SHA256 with random keys (including keys longer than a block) and messages', () => {
    fc.assert(
      fc.property(bytes(150), bytes(200), (key, message) => {
        expect(toBase64(hmacSha256(key, message))).toBe(createHmac('sha256', key).update(message).digest('base64'));
      }),
      { numRuns: 300 },
    );
  });

  it('HMAC over string keys and messages, finished with several endings after a shared prefix', () => {
    fc.assert(
      fc.property(utf16, utf16, fc.array(utf16, { maxLength: 4 }), (key, prefix, endings) => {
        const shared = HmacSha256.withKey(utf8Encode(key)).update(utf8Encode(prefix));
        for (const ending of endings) {
          // each piece is UTF-8 encoded on its own: a lone surrogate at the end of one and the start of the next stay two
          const expected = createHmac('sha256', key).update(prefix, 'utf8').update(ending, 'utf8').digest('base64');
          const out = new Uint8Array(32);
          shared.digestWith(utf8Encode(ending), out);
          expect(toBase64(out)).toBe(expected);
          expect(toBase64(shared.clone().update(utf8Encode(ending)).digest())).toBe(expected);
        }
        expect(toBase64(shared.digest())).toBe(createHmac('sha256', key).update(prefix).digest('base64'));
      }),
      // the case fast-check found when the expected value joined the pieces first (issue 14)
      { numRuns: 150, examples: [['', '\ud800', ['\udc00']]] },
    );
  });

  it('finishing with a long ending (whole blocks hashed straight from it) equals one update, after any prefix length', () => {
    fc.assert(
      fc.property(bytes(130), fc.uint8Array({ minLength: 60, maxLength: 400 }), (prefix, ending) => {
        const out = new Uint8Array(32);
        new Sha256().update(prefix).digestWith(ending, out);
        expect(toHex(out)).toBe(createHash('sha256').update(prefix).update(ending).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('UTF-8 of long texts (the native encoder) matches Buffer too', () => {
    const long = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x41, 0xdf, 0xd800, 0xdc00)), { minLength: 1000, maxLength: 3000 }).map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(long, (text) => {
        expect(Buffer.from(utf8Encode(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { numRuns: 50 },
    );
    for (const text of ['a'.repeat(1 << 20), '\ud800'.repeat(5000), `${'x'.repeat(1023)}\ud83d`, `${'x'.repeat(1023)}\ud83d\ude00`]) {
      expect(Buffer.from(utf8Encode(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('UTF-8 matches Buffer (lone surrogates become U+FFFD)', () => {
    fc.assert(
      fc.property(utf16, (text) => {
        expect(Buffer.from(utf8Encode(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('base64 round-trips and matches Buffer; URL-safe and unpadded forms are recognized', () => {
    fc.assert(
      fc.property(bytes(100), (data) => {
        const text = toBase64(data);
        expect(text).toBe(Buffer.from(data).toString('base64'));
        if (data.length === 0) return;
        expect(fromBase64(text)).toEqual({ bytes: data, urlSafe: false, unpadded: false });
        const url = Buffer.from(data).toString('base64url');
        const decoded = fromBase64(url);
        expect(decoded?.bytes).toEqual(data);
        expect(decoded?.unpadded).toBe(data.length % 3 !== 0);
      }),
      { numRuns: 200 },
    );
  });

  it('base64 decoding rejects what is not base64', () => {
    for (const bad of ['', 'a', 'ab=c', 'a+b-', 'ab==c', 'ab*d', 'ab===', 'AB==', 'ABC=']) expect(fromBase64(bad), bad).toBeUndefined();
  });

  it('hex round-trips in either case and rejects odd or non-hex text', () => {
    fc.assert(
      fc.property(bytes(64), (data) => {
        expect(fromHex(toHex(data).toUpperCase()) ?? new Uint8Array()).toEqual(data);
      }),
    );
    for (const bad of ['a', 'zz', '0g', '']) expect(fromHex(bad), bad).toBeUndefined();
  });
});
