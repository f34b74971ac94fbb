/// <reference types="node" />
import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAsciiHost } from './index.js';

/*
 * Node's url.domainToASCII (WHATWG "domain to ASCII", non-strict: UTS #46
 * non-transitional with CheckHyphens off and no DNS length check) is a second,
 * independent implementation. Where both accept a name they must agree.
 *
 * Justified disagreements, kept out of the comparison:
 * - a trailing root dot: Node keeps it, tclint removes it (ThreatConnect form);
 * - names only tclint rejects: hyphens at a label's ends or in positions 3-4,
 *   labels over 63 or names over 253 octets, empty labels, underscores are
 *   only warned about (no disagreement), and the Bidi rule, which Node's
 *   non-strict processing does not apply (`1a.שלום` passes in Node);
 * - names only Node rejects or changes: forbidden host code points such as
 *   `%` (WHATWG), and its IPv4 parsing (`0x0a.1` becomes `10.0.0.1`); tclint
 *   sends IP addresses to the Address type instead;
 * - Unicode versions: Node 20 ships its own IDNA tables (ada), tr46 6 uses
 *   Unicode 16; a code point new in one is accepted by it only.
 */
const letters = [
  ...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789',
  ...'äöüßÄÖÜéèêçñøåæœšžłıİςσΣπλΛжщыЯ',
  ...'עברית', // Hebrew
  ...'عربي', // Arabic
  ...'हिन्दी', // Devanagari with combining signs
  ...'日本語ひらがなカタカナ',
  ...'한국어',
  ...'ｅｘＡ', // full width
  '\u00ad', // soft hyphen: ignored
  '\u200d', // joiner: CONTEXTJ
  '-',
];
const label = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''));
const dot = fc.constantFrom('.', '.', '.', '。', '．');
const name = fc
  .tuple(fc.array(fc.tuple(label, dot), { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'de', 'jp', 'рф', 'קום', 'ＣＯＭ'))
  .map(([parts, tld]) => parts.map(([l, d]) => l + d).join('') + tld);

describe('host conversion agrees with node:url domainToASCII', () => {
  it('on the seed and the spec examples', () => {
    for (const value of ['österreich.icom.museum', 'faß.de', 'ÖSTERREICH.icom.museum', 'ｅｘａｍｐｌｅ。ｃｏｍ', 'münchen.de', '例え.jp']) {
      expect(toAsciiHost(value)).toBe(domainToASCII(value));
    }
  });

  it('on generated internationalized names, wherever both accept them', () => {
    let compared = 0;
    fc.assert(
      fc.property(name, (value) => {
        const ours = toAsciiHost(value);
        const node = domainToASCII(value);
        if (ours === undefined || node === '') return;
        compared++;
        expect(ours).toBe(node);
      }),
      { numRuns: 1500 },
    );
    // the comparison must not be vacuous
    expect(compared).toBeGreaterThan(300);
  });

  it('where they disagree, for the documented reasons only', () => {
    // tclint stricter: hyphen rules, Bidi, empty labels, lengths
    expect([toAsciiHost('-ö.com'), domainToASCII('-ö.com')]).toEqual([undefined, 'xn----1ga.com']);
    expect([toAsciiHost('ab--ö.com'), domainToASCII('ab--ö.com')]).toEqual([undefined, 'xn--ab---8qa.com']);
    expect([toAsciiHost('1a.שלום'), domainToASCII('1a.שלום')]).toEqual([undefined, '1a.xn--9dbne9b']);
    expect([toAsciiHost('ö..com'), domainToASCII('ö..com')]).toEqual([undefined, 'xn--nda..com']);
    // a root dot
    expect([toAsciiHost('faß.de.'), domainToASCII('faß.de.')]).toEqual(['xn--fa-hia.de', 'xn--fa-hia.de.']);
  });
});
