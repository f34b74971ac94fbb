import { indicator } from '@tclint/core';
import { testFixProperties } from '@tclint/rule-tester';
import fc from 'fast-check';
import { expect } from 'vitest';
import { HASHTAG } from './field.js';
import { FULLWIDTH_HASH, HASH, withHash } from './hashtag-text.js';
import { plugin } from './index.js';
import { platformAccepts } from './testing/platform.js';

const clean = fc.oneof(
  fc.stringMatching(/^#[a-z0-9_]{0,40}[a-z][a-z0-9]$/),
  fc.integer({ min: 2, max: 255 }).map((n) => `#${'a'.repeat(n)}`),
);
const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('#', '＃', 'a', 'Z', '1', '_', '-', ' ', '\t', '\n', '\u0000', '\u00a0', '\u2028', '\u3000', '\ufeff', '\ud800') }),
  fc.tuple(fc.constantFrom('', '#', ' #', '＃'), fc.integer({ min: 250, max: 260 }), fc.constantFrom('a', 'B', '_'), fc.constantFrom('', ' ', '_')).map(([a, n, c, b]) => a + c.repeat(n) + b),
);

/** What fixing may make of a value: trimmed, its # added or made ASCII, its ASCII letters in lower case; nothing else. */
function expectedFix(value: string): string {
  const text = value.trim();
  if (text === HASH || text === FULLWIDTH_HASH) return text;
  return withHash(text).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

testFixProperties(plugin, {
  subject: (value) => indicator('Hashtag', { [HASHTAG]: value }),
  clean,
  noise,
  accepts: platformAccepts,
  fixed: (value, output) => expect(output.values[HASHTAG]).toBe(expectedFix(value)),
});
