import fc from 'fast-check';
import { toASCII, toUnicode } from 'tr46';
// @ts-expect-error tr46's generated tables have no type declarations
import tr46Regexes from 'tr46/lib/regexes.js';
import { describe, expect, it } from 'vitest';
import { mayBeBidiDomain, mayBeRtl } from './bidi-domain.js';
import { bidiProblem } from '@tclint/hostname/idna';

/** tr46's test for a Bidi domain name: any character of bidi class R, AL or AN. */
const BIDI_DOMAIN = (tr46Regexes as { bidiDomain: RegExp }).bidiDomain;

const LENIENT = { checkHyphens: false, checkBidi: false, checkJoiners: false, useSTD3ASCIIRules: false, transitionalProcessing: false, verifyDNSLength: false };

/** bidiProblem without the shortcut: tr46 alone decides. */
function bidiProblemByTr46(asciiName: string): boolean {
  return toASCII(asciiName, LENIENT) !== null && toASCII(asciiName, { ...LENIENT, checkBidi: true }) === null;
}

const PIECES = ['a', 'z', '1', '-', 'ß', 'ö', 'é', 'ı', 'я', 'ж', 'ε', '例', '中', 'א', 'ש', 'ب', 'ع', '٣', '۵', '\u0610', '\u05b0', '\u200d', '\ufb50', '\ufe8d', '𐤀', '😀', 'ǅ'];
const unicodeLabel = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const asciiLabel = fc.oneof(
  unicodeLabel.map((label) => toASCII(label, LENIENT) ?? 'x'),
  fc.stringMatching(/^xn--[a-z0-9-]{0,12}$/),
  fc.stringMatching(/^[a-z0-9-]{1,8}$/),
);
const asciiName = fc.array(asciiLabel, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));

describe('mayBeBidiDomain', () => {
  it('covers every character tr46 counts as right-to-left or an Arabic number', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (BIDI_DOMAIN.test(String.fromCharCode(cp)) && !mayBeRtl(cp)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
    // beyond the BMP every code point counts as "may be right-to-left"
    expect(mayBeRtl(0x10000)).toBe(true);
    expect(mayBeRtl(0x10ffff)).toBe(true);
  });

  it('is true for names whose Punycode labels decode to right-to-left text', () => {
    expect(mayBeBidiDomain('xn--mgbh0fb.com')).toBe(true); // مثال
    expect(mayBeBidiDomain('example.xn--4dbrk0ce')).toBe(true); // ישראל
    expect(mayBeBidiDomain('XN--MGBH0FB.com')).toBe(true);
    expect(mayBeBidiDomain('xn--sterreich-z7a.icom.museum')).toBe(false);
    expect(mayBeBidiDomain('example.com')).toBe(false);
    expect(mayBeBidiDomain('xn--.com')).toBe(false);
  });

  it('is true when it cannot decode a label, and for non-ASCII text', () => {
    expect(mayBeBidiDomain('xn--a-!.com')).toBe(true); // "!" is no Punycode digit
    expect(mayBeBidiDomain('xn--99999999999.com')).toBe(true); // overflows
    expect(mayBeBidiDomain('xn--a9999999b.com')).toBe(true); // beyond U+10FFFF
    expect(mayBeBidiDomain('אב.com')).toBe(true);
  });

  it('never says "no" where tr46 finds right-to-left text', () => {
    fc.assert(
      fc.property(asciiName, (name) => {
        const decoded = toUnicode(name, LENIENT).domain;
        if (BIDI_DOMAIN.test(decoded)) expect(mayBeBidiDomain(name)).toBe(true);
      }),
      { numRuns: 1000, seed: 5893 },
    );
  });

  it('is false only for names in which tr46 finds no Bidi problem', () => {
    // the generated names do include ones that break the Bidi rule
    expect(fc.sample(asciiName, { numRuns: 1000, seed: 3492 }).filter(bidiProblemByTr46).length).toBeGreaterThan(50);
    fc.assert(
      fc.property(asciiName, (name) => {
        if (!mayBeBidiDomain(name)) expect(bidiProblemByTr46(name)).toBe(false);
        expect(bidiProblem(name) !== undefined).toBe(bidiProblemByTr46(name));
      }),
      { numRuns: 1000, seed: 3492 },
    );
  });
});
