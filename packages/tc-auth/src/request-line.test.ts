import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnsendableCharacter, sendableUrl } from './request-line.js';

describe('findUnsendableCharacter', () => {
  it.each([
    ['/v2/owners?owner=Common Community', 23, 'a space'],
    ['https://tc.example/api/v2/groups?owner=Société', 43, '"é" (U+00E9)'],
    ['/v3/indicators?tql=name in ("a")', 23, 'a space'],
    ['/v3/indicators?fields={x}', 22, '"{" (U+007B)'],
    ['/a|b', 2, '"|" (U+007C)'],
    ['/a\tb', 2, 'a control character (U+0009)'],
    ['/a\u3000b', 2, 'a non-ASCII space (U+3000)'],
    ['/a\ud83d\ude00', 2, '"😀" (U+1F600)'],
    ['/a\ud800', 2, 'a lone surrogate (U+D800)'],
  ])('%j: %i, %s', (url, index, description) => {
    expect(findUnsendableCharacter(url)).toMatchObject({ index, description });
  });

  it('accepts what a request line carries, and what is never sent', () => {
    for (const url of ['/v2/owners?owner=Common%20Community', "https://h.example/a/b;c=d?e=f&g=h+i!$'()*,:@~[]%", 'https://user name@h.example/x', '/x#a b{}']) {
      expect(findUnsendableCharacter(url), url).toBeUndefined();
    }
  });
});

describe('sendableUrl', () => {
  it('percent-encodes only the unsendable characters of the path and query, as UTF-8', () => {
    expect(sendableUrl('https://tc.example/api/v2/groups?owner=Société Générale&x=a%20b#frag ment')).toBe('https://tc.example/api/v2/groups?owner=Soci%C3%A9t%C3%A9%20G%C3%A9n%C3%A9rale&x=a%20b#frag ment');
    expect(sendableUrl('/a"<>\\^`{|}\u007f\ud83d\ude00')).toBe('/a%22%3C%3E%5C%5E%60%7B%7C%7D%7F%F0%9F%98%80');
    expect(sendableUrl('/a\udc00')).toBeUndefined();
  });

  it('gives a URL with nothing left to encode, the same URL when there was nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (tail) => {
        const url = `https://tc.example/api/${tail}`;
        const fixed = sendableUrl(url);
        if (fixed === undefined) return;
        expect(findUnsendableCharacter(fixed)).toBeUndefined();
        expect(sendableUrl(fixed)).toBe(fixed);
        if (findUnsendableCharacter(url) === undefined) expect(fixed).toBe(url);
      }),
      { numRuns: 300 },
    );
  });
});
