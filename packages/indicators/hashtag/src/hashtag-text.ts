import { defineAnalysis, withoutSurroundingWhitespace } from '@tclint/core';

/** The `#` a hashtag starts with. */
export const HASH = '#';
/** FULLWIDTH NUMBER SIGN, which East Asian keyboards type for `#`. */
export const FULLWIDTH_HASH = '\uff03';

/** The value without the whitespace around it, which `hashtag/surrounding-whitespace` reports. */
export function hashtagText(value: string): string {
  return withoutSurroundingWhitespace(value) ?? value;
}

/** The hashtag as it will be once the `#` is in place (`apt28` -> `#apt28`, `＃apt28` -> `#apt28`). */
export function withHash(text: string): string {
  if (text.startsWith(HASH)) return text;
  if (text.startsWith(FULLWIDTH_HASH)) return HASH + text.slice(1);
  return HASH + text;
}

/** A Hashtag value as the rules read it. */
export interface HashtagReading {
  /** The value without surrounding whitespace. */
  text: string;
  /** Where `text` starts in the value. */
  start: number;
  /** The hash it starts with: `#`, the full-width `＃`, or none. */
  hash: '' | typeof HASH | typeof FULLWIDTH_HASH;
  /** The text after the hash: what ThreatConnect's pattern wants to be 2..255 ASCII word characters. */
  body: string;
}

/** Reads a Hashtag value: its text without surrounding whitespace, its hash and the word after it. */
export function readHashtag(value: string): HashtagReading {
  const text = hashtagText(value);
  const start = text === '' ? 0 : value.length - value.trimStart().length;
  const hash = text.startsWith(HASH) ? HASH : text.startsWith(FULLWIDTH_HASH) ? FULLWIDTH_HASH : '';
  return { text, start, hash, body: text.slice(hash.length) };
}

/** The engine's shared analysis of `readHashtag`. */
export const hashtagReading = defineAnalysis('hashtag/reading', readHashtag);

const WHITESPACE_NAMES: Record<number, string> = {
  0x20: 'space',
  0xa0: 'no-break space',
  0x1680: 'ogham space mark',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x3000: 'ideographic space',
  0xfeff: 'zero width no-break space',
};

/**
 * Whitespace that is not a control character (control characters and line
 * breaks are `hashtag/control-characters`'s): the Unicode space separators
 * and U+FEFF, which is what `\s` matches apart from tab and the line breaks.
 * One character class, so linear on any input.
 */
const INNER_WHITESPACE = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;

/** The first whitespace character in a text, with its index and a name such as `space (U+0020)`. */
export function findWhitespace(text: string): { index: number; name: string } | undefined {
  const match = INNER_WHITESPACE.exec(text);
  if (!match) return undefined;
  const code = text.charCodeAt(match.index);
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return { index: match.index, name: `${WHITESPACE_NAMES[code] ?? 'space'} (U+${hex})` };
}

/** ASCII letters, digits and `_`: Java's `\w`, all ThreatConnect's Hashtag pattern accepts after the `#`. */
export function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
