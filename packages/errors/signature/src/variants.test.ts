import { preview } from '@tclint/core';
import { hmacSha256, parseRequestTarget } from '@tclint/tc-auth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Signer } from './search.js';
import { previewSignedString, signedParts, signedString, type SigningInput } from './variants.js';

const piece = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\ud800', '\udc00', '\ud83d\ude00', '\uff0e', '?', '/', ':', '#', '%20', 'https://tc.example', '/api/v2/owners', 'é'),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const input: fc.Arbitrary<SigningInput> = fc.record({
  key: text,
  method: fc.oneof(fc.constantFrom('GET', 'POST'), text),
  url: text,
  timestamp: fc.oneof(fc.constant('1700000000'), text),
  withOrigin: fc.boolean(),
  long: fc.constantFrom('', 'x'.repeat(300), '\ud800'.repeat(250), '\ud83d\ude00'.repeat(120)),
}).map(({ url, long, ...rest }) => ({ ...rest, target: parseRequestTarget(`${url}${long}`) }));

describe('signed string pieces', () => {
  it('join to the signed string', () => {
    fc.assert(
      fc.property(input, (signing) => {
        expect(signedParts(signing).join('')).toBe(signedString(signing));
      }),
    );
  });

  it('preview as the joined signed string does', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 260 }), (signing, max) => {
        expect(previewSignedString(signing, max)).toBe(preview(signedString(signing), max));
      }),
    );
  });

  it('a 1 MB query previews with its full length named', () => {
    const signing: SigningInput = { key: 'k', method: 'GET', timestamp: '1', target: parseRequestTarget(`https://tc.example/api/v2/owners?x=${'\ud800'.repeat(2 ** 20)}`) };
    const shown = previewSignedString(signing, 200);
    expect(shown).toBe(preview(signedString(signing), 200));
    expect(shown.endsWith(`(${2 ** 20 + 23} characters)`)).toBe(true);
  });

  it('are hashed by the Signer as the joined signed string', () => {
    fc.assert(
      fc.property(input, (signing) => {
        const { timestamp, withOrigin: _ignored, ...rest } = signing;
        const expected = hmacSha256(rest.key, signedString({ ...rest, timestamp }));
        expect(new Signer(rest).digest(timestamp)).toEqual(expected);
      }),
    );
  });
});
