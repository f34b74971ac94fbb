import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha256With, updateWithText } from './hash-text.js';

/** Strings of any UTF-16 code units, lone surrogates included. */
const units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 });
/** Longer than a piece (16,384 code units), so pieces meet inside the text; a pair or a lone surrogate may sit on the seam. */
const long = fc.tuple(fc.integer({ min: 16_370, max: 16_390 }), units, units).map(([fill, middle, end]) => 'a'.repeat(fill) + middle + '\ud83d\ude00\ud800' + end);

const whole = (text: string) => sha256(new TextEncoder().encode(text));

describe('updateWithText', () => {
  it('hashes the bytes TextEncoder gives for the whole text, short or in pieces', () => {
    fc.assert(fc.property(fc.oneof(units, long), (text) => {
      expect(updateWithText(sha256.create(), text).digest()).toEqual(whole(text));
    }));
  });

  it('keeps a surrogate pair whole when a piece ends between its halves', () => {
    for (const fill of [16_382, 16_383, 16_384]) {
      const text = 'a'.repeat(fill) + '\ud83d\ude00' + '\udc00x';
      expect(updateWithText(sha256.create(), text).digest(), `fill ${fill}`).toEqual(whole(text));
    }
  });
});

describe('hmacSha256With', () => {
  it('is HMAC-SHA256 keyed with the UTF-8 of the key, for short keys and keys longer than a block', () => {
    fc.assert(fc.property(fc.oneof(units, fc.string({ minLength: 60, maxLength: 200 })), units, (key, message) => {
      const bytes = new TextEncoder().encode(message);
      expect(hmacSha256With(key).update(bytes).digest()).toEqual(hmac(sha256, new TextEncoder().encode(key), bytes));
    }));
  });
});
