/** Characters UTS #46 treats as label separators: the full stop and its ideographic, full-width and half-width forms. */
export function isDot(char: string | undefined): boolean {
  return char === '.' || char === '\u3002' || char === '\uff0e' || char === '\uff61';
}

const NON_ASCII = /[^\x00-\x7f]/;
const UPPER = /[A-Z]/;

// regular expressions rather than loops: they are fast on long strings and flatten ropes once
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Characters turned back into a string per `String.fromCharCode` call: well under any engine's argument limit. */
const CHUNK = 4096;

/**
 * Lower-cases A-Z only; every other character (including non-ASCII) is left alone.
 *
 * No replace callback per upper-case run: on `aBaB...` that is a call per
 * character. Pure ASCII text is lowered by `toLowerCase`, which on ASCII
 * changes exactly A-Z; other text by one pass over its UTF-16 code units
 * (lone surrogates kept as they are).
 */
export function asciiLower(text: string): string {
  if (!UPPER.test(text)) return text;
  if (isAscii(text)) return text.toLowerCase();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    units[i] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }
  let lowered = '';
  for (let i = 0; i < units.length; i += CHUNK) lowered += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  return lowered;
}

/** Letters a-z, digits, hyphen and underscore: what a lower-case ASCII label may hold (underscore by policy). */
export function isLabelChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f;
}

/** Index of the first character of `label` that `isLabelChar` rejects, or -1. */
export function firstInvalidChar(label: string): number {
  for (let i = 0; i < label.length; i++) if (!isLabelChar(label.charCodeAt(i))) return i;
  return -1;
}

/** The character (a whole code point) at `index`. */
export function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0xfffd);
}

/** Splits off surrounding whitespace (the characters `String.prototype.trim` removes). */
export function splitWhitespace(value: string): { lead: string; core: string; trail: string } {
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  if (end <= start) return { lead: value, core: '', trail: '' };
  return { lead: value.slice(0, start), core: value.slice(start, end), trail: value.slice(end) };
}
