import { shapeFilter, SHAPE, type Detection, type DetectContext } from '@tclint/core';
import { findWhitespace, HASH, hashtagReading, readHashtag } from './hashtag-text.js';

const TYPE = 'Hashtag';

/** A word: letters, combining marks, digits and underscores, in any script. One character class, linear. */
const WORD = /^[\p{L}\p{M}\p{N}_]+$/u;
const DIGITS = /^[0-9]+$/;
/** Longer words are tested no further: Unicode property classes are slow on long input, and such a word is less sure anyway. */
const MAX_WORD_TESTED = 256;

/**
 * Recognizes hashtags: `#` and a word (`#apt28`, `#ransomware`, `#勒索软件`)
 * is a Hashtag; `#` and other text without spaces (`#apt-28`) very likely;
 * `#` and digits only (`#4471`, often a ticket or issue number) likely; `#`
 * and several words could be one, or an email subject. The full-width `＃`
 * counts too, a little less surely. No other indicator type starts with `#`.
 * A hashtag never has whitespace right after its `#`, so `# IOCs for
 * campaign X` (a comment line) is not claimed.
 */
export function detectHashtag(value: string, context?: DetectContext): Detection | undefined {
  const { hash, body } = context ? context.analyze(hashtagReading, value) : readHashtag(value);
  if (hash === '' || body === '' || findWhitespace(body.charAt(0)) || body.trimStart() !== body) return undefined;
  const confidence = findWhitespace(body) ? 0.4 : DIGITS.test(body) ? 0.6 : body.length < MAX_WORD_TESTED && WORD.test(body) ? 0.9 : 0.7;
  return { type: TYPE, confidence: hash === HASH ? confidence : Math.round(confidence * 10 - 1) / 10 };
}

const hashtagShape = shapeFilter({ any: SHAPE.HASH | SHAPE.NON_ASCII });

/**
 * The values `detectHashtag` can recognize: a `#`, or the full-width `＃`
 * (not ASCII), first after any whitespace: a first character after ASCII
 * spaces that is printable ASCII must be the `#`.
 */
export const mayDetectHashtag = (shape: number, length: number, value: string): boolean => {
  if (!hashtagShape(shape, length)) return false;
  let start = 0;
  while (value.charCodeAt(start) === 0x20) start++;
  const first = value.charCodeAt(start);
  return !(first > 0x20 && first < 0x7f) || first === 0x23;
};
