import { withoutSurroundingWhitespace, type Detection } from '@tclint/core';
import { MAX_HASHTAG_LENGTH } from './field.js';
import { findWhitespace, FULLWIDTH_HASH, HASH } from './hashtag-text.js';

const TYPE = 'Hashtag';

/** A word: letters, combining marks, digits and underscores, in any script. One character class, linear. */
const WORD = /^[\p{L}\p{M}\p{N}_]+$/u;
const DIGITS = /^[0-9]+$/;

/**
 * Recognizes hashtags: `#` and a word (`#apt28`, `#ransomware`, `#勒索软件`)
 * is a Hashtag; `#` and other text without spaces (`#apt-28`) very likely;
 * `#` and digits only (`#4471`, often a ticket or issue number) likely; `#`
 * and several words could be one, or an email subject. The full-width `＃`
 * counts too, a little less surely. No other indicator type starts with `#`.
 */
export function detectHashtag(value: string): Detection | undefined {
  const text = withoutSurroundingWhitespace(value) ?? value;
  const hash = text.charAt(0);
  if (hash !== HASH && hash !== FULLWIDTH_HASH) return undefined;
  const word = text.slice(1);
  if (word === '') return undefined;
  const confidence = findWhitespace(word) ? 0.4 : DIGITS.test(word) ? 0.6 : isWord(word) ? 0.9 : 0.7;
  return { type: TYPE, confidence: hash === HASH ? confidence : Math.round(confidence * 10 - 1) / 10 };
}

/**
 * Whether the text after the `#` is one word. Unicode property classes are
 * slow on long input, and a hashtag longer than hashtag/length allows is
 * less sure anyway, so only short texts are tested.
 */
function isWord(text: string): boolean {
  return text.length < MAX_HASHTAG_LENGTH && WORD.test(text);
}
