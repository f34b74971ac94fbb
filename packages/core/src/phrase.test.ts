import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhrase, findWord, lineAt, locatePhrase } from './phrase.js';

describe('findPhrase', () => {
  it('finds an ASCII phrase in any letter case, from a position on', () => {
    expect(findPhrase('x ACCESS denied', 'Access Denied')).toBe(2);
    expect(findPhrase('access denied, access denied', 'access denied', 1)).toBe(15);
    expect(findPhrase('access denie', 'access denied')).toBe(-1);
    // only ASCII letters fold: the Kelvin sign is not "k"
    expect(findPhrase('to\u212Aen', 'token')).toBe(-1);
  });

  it('agrees with indexOf on the lower-cased ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', ' ', 'İ') }), fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 1, maxLength: 4 }), (text, phrase) => {
        expect(findPhrase(text, phrase)).toBe(text.replace(/[A-Z]/g, (c) => c.toLowerCase()).indexOf(phrase));
      }),
    );
  });
});

describe('findWord', () => {
  it('skips occurrences inside a longer word', () => {
    expect(findWord('UnauthorizedAccessException, then 401 UNAUTHORIZED.', 'unauthorized')).toBe(38);
    expect(findWord('unauthorized_', 'unauthorized')).toBe(-1);
  });
});

describe('lineAt and locatePhrase', () => {
  it('give the line and the text as written', () => {
    expect(lineAt('a\nb\nc', 4)).toBe(3);
    expect(locatePhrase('HTTP/1.1 401\n\n{"message":"timestamp out of acceptable time range"}', 'Timestamp out of acceptable time range')).toEqual({ index: 26, found: 'timestamp out of acceptable time range', line: 3 });
    expect(locatePhrase('nothing', 'Access Denied')).toBeUndefined();
  });
});
