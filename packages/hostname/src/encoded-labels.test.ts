import fc from 'fast-check';
import { toASCII, toUnicode } from 'tr46';
import { describe, expect, it } from 'vitest';
import { checkAsciiName } from './check-ascii-name.js';
import { normalizeHost } from './normalize-host.js';
import type { HostProblem } from './problem.js';

const LENIENT = { checkHyphens: false, checkBidi: false, checkJoiners: false, useSTD3ASCIIRules: false, transitionalProcessing: false, verifyDNSLength: false } as const;
const STRICT = { ...LENIENT, checkHyphens: true, checkJoiners: true } as const;

describe('xn-- labels tr46 encoded itself', () => {
  it('come only from labels without a character that maps to a hyphen: UTS #46 maps just U+FE63 and U+FF0D to one', () => {
    const mapped: number[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (toUnicode(String.fromCodePoint(code), LENIENT).domain.includes('-')) mapped.push(code);
    }
    expect(mapped).toEqual([0xfe63, 0xff0d]);
  });

  // The strict label checks normalizeHost skips for labels tr46 encoded find nothing in them.
  const unicodeLabel = fc.string({ unit: fc.constantFrom('ö', 'ß', 'ü', 'р', 'ф', 'ア', 'ｘ', 'ｎ', 'Ａ', 'x', 'n', 'a', '-', '\uFE63', '\uFF0D', '\u00AD', '\u0301', '7'), minLength: 1, maxLength: 12 });
  const name = fc.tuple(fc.array(unicodeLabel, { minLength: 1, maxLength: 3 }), fc.constantFrom('de', 'com', 'рф')).map(([labels, tld]) => [...labels, tld].join('.'));

  it('leave normalizeHost with the problems the full ASCII checks find', () => {
    fc.assert(
      fc.property(name, (value) => {
        const { ascii, problems } = normalizeHost(value);
        const converted = problems.findIndex((p) => p.code === 'non-ascii');
        if (ascii === undefined || converted < 0) return;
        const full: HostProblem[] = [];
        checkAsciiName(ascii, full, true);
        expect(problems.slice(converted + 1)).toEqual(full);
      }),
    );
  });

  it.each(['ｘｎ--mnchen-3ya.de', 'xn\uFE63-mnchen-3ya.de', 'ｘｎ\uFF0D\uFF0Dmnchen-3ya.de', 'münchen.de'])('reads %j as the full checks do', (value) => {
    const { ascii, problems } = normalizeHost(value);
    expect(ascii).toBe('xn--mnchen-3ya.de');
    const full: HostProblem[] = [];
    checkAsciiName(ascii!, full, true);
    expect(problems.filter((p) => p.code !== 'non-ascii')).toEqual(full);
  });

  // aLabelProblem stops at a label the strict conversion gives back unchanged: the lenient decoding must agree
  it('finds no xn-- label the strict conversion keeps that the lenient decoding refuses', () => {
    const aLabel = fc.oneof(
      unicodeLabel.map((label) => toASCII(label, STRICT)).filter((label): label is string => label !== null && label.startsWith('xn--')),
      fc.string({ unit: fc.constantFrom('a', 'b', 'z', '0', '9', '-', 'x', 'n'), minLength: 1, maxLength: 12 }).map((rest) => `xn--${rest}`),
    );
    fc.assert(
      fc.property(aLabel, (label) => {
        if (toASCII(label, STRICT) === label) expect(toUnicode(label, LENIENT).error).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
