import fc from 'fast-check';

/**
 * Host names of every kind a feed may carry, built label by label from a
 * wide alphabet: ASCII in both cases, digits, hyphens and underscores, STD3
 * punctuation, letters of many scripts (including right-to-left ones),
 * combining marks, joiners, soft hyphens, full-width forms, compatibility
 * characters that UTS #46 maps (ligatures, Roman numerals, circled digits),
 * emoji, and `xn--` labels both valid and broken.
 */
const ASCII = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const PUNCTUATION = ['-', '-', '-', '_', '*', '!', '$', '&', "'", '(', ')', '+', ',', ';', '=', '~'];
const UNICODE = [
  ...'äöüßÄÖÜéèêçñøåæœšžłıİςσΣπλΛжщыЯ',
  ...'עברית', // Hebrew (right to left)
  ...'عربي٣', // Arabic, with an Arabic-Indic digit
  ...'हिन्दी', // Devanagari with combining signs
  ...'日本語ひらがなカタカナ한국어ไทย',
  ...'ｅｘＡ１', // full width
  'ﬀ', 'Ⅸ', '①', '℡', 'ǅ', 'ᾙ', // mapped by UTS #46
  '\u0301', '\u0308', // combining marks (invalid at a label start)
  '\u00ad', // soft hyphen: ignored
  '\u200c', '\u200d', // joiners: CONTEXTJ
  '\u{1f600}', '\u2764',
];
const DOTS = ['.', '.', '.', '.', '.', '。', '．', '｡'];

const asciiLabel = fc.array(fc.constantFrom(...ASCII, '-'), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const mixedLabel = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...ASCII), weight: 4 }, { arbitrary: fc.constantFrom(...UNICODE), weight: 3 }, { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 1 }), {
    minLength: 1,
    maxLength: 14,
  })
  .map((cs) => cs.join(''));
const punycodeLabel = fc.constantFrom('xn--fa-hia', 'xn--sterreich-z7a', 'xn--mnchen-3ya', 'XN--MNCHEN-3YA', 'xn--', 'xn--a', 'xn--zz-', 'xn--abc-', 'xn--4gbrim', 'xn--9dbne9b', 'xn--nxasmq6b', 'xn--ls8h');
const longLabel = fc.integer({ min: 60, max: 70 }).map((n) => 'a'.repeat(n));
const label = fc.oneof(
  { arbitrary: asciiLabel, weight: 4 },
  { arbitrary: mixedLabel, weight: 6 },
  { arbitrary: punycodeLabel, weight: 1 },
  { arbitrary: longLabel, weight: 1 },
  { arbitrary: fc.constant(''), weight: 1 },
);
const tld = fc.constantFrom('com', 'de', 'jp', 'рф', 'קום', 'ＣＯＭ', 'museum', 'xn--p1ai', '123', 'c0m', 'COM');

export const hostName: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(label, fc.constantFrom(...DOTS)), { minLength: 1, maxLength: 4 }), tld, fc.constantFrom('', '', '', '', '.'), fc.boolean())
  .map(([parts, top, root, many]) => {
    const name = parts.map(([l, d]) => l + d).join('') + top + root;
    // a few very long names, to reach the 253-octet limit
    return many && name.length < 60 ? `${name.replace(/[.。．｡]?$/, '.')}${'b'.repeat(50)}.${'c'.repeat(50)}.${'d'.repeat(50)}.${'e'.repeat(50)}.com` : name;
  });

/** Characters that are right-to-left (bidi classes R and AL) in any script tclint's tests use. */
export const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\p{Script=Hebrew}|\p{Script=Arabic}/u;
