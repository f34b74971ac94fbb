const MAX_PREVIEW = 64;
/**
 * Characters a reader cannot see or tell apart: controls, format characters
 * (joiners, soft hyphen), unusual spaces, and a combining mark with no letter
 * to sit on (it would land on the quote).
 */
const INVISIBLE = /[\p{C}\p{Z}]|(?<![\p{L}\p{N}\p{M}])\p{M}/gu;
/** Escapes as JSON writes them, for unquoted previews. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export interface PreviewOptions {
  /** The longest part shown, in UTF-16 code units (default 64); a longer value is cut, never inside a surrogate pair. */
  max?: number;
  /** Wrap the value in double quotes, escaping quotes and backslashes as JSON does (default true). */
  quote?: boolean;
  /** After a cut value, name its full length: `… (1048576 characters)` (default true); else only `…`. */
  length?: boolean;
}

/**
 * A value as it appears in a message: quoted, invisible characters and lone
 * surrogates escaped (`\u200d`), and cut to a readable length with the full
 * length named, so a 1 MB input does not make a 1 MB message. THE way to
 * shorten a value for a message; the options cover the unquoted forms
 * (`{ quote: false }`) and other lengths (`preview(value, 200)`).
 */
export function preview(value: string, options?: number | PreviewOptions): string {
  const max = typeof options === 'number' ? options : (options?.max ?? MAX_PREVIEW);
  const quote = typeof options === 'object' ? options.quote !== false : true;
  const cut = value.length > max;
  const shown = cut ? value.slice(0, endOfCut(value, max)) : value;
  let text: string;
  if (quote) text = isPrintableAscii(shown) ? JSON.stringify(shown) : JSON.stringify(shown).replace(INVISIBLE, escapeInvisible);
  else text = isPrintableAscii(shown) ? shown : shown.replace(INVISIBLE, (char) => SHORT_ESCAPES[char] ?? escapeInvisible(char));
  if (!cut) return text;
  return typeof options === 'object' && options.length === false ? `${text}…` : `${text}… (${value.length} characters)`;
}

/** Where to cut a value to at most `max` units without splitting a surrogate pair. */
function endOfCut(value: string, max: number): number {
  const last = value.charCodeAt(max - 1);
  const next = value.charCodeAt(max);
  return last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? max - 1 : max;
}

/** One character for a message: quoted, with its code point when it is not printable ASCII (`"ö" (U+00F6)`). */
export function previewChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return JSON.stringify(char);
  return `${preview(char)} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Most values in messages are plain ASCII, where the Unicode regex has nothing to find. */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

function escapeInvisible(char: string): string {
  if (char === ' ') return char;
  const code = char.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export interface ControlCharacter {
  index: number;
  codePoint: number;
  /** `line feed (U+000A)` */
  name: string;
}

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
};

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/** The first control character (C0, DEL, C1) or Unicode line/paragraph separator in a value. */
export function findControlCharacter(value: string): ControlCharacter | undefined {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isControl(code)) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      return { index: i, codePoint: code, name: `${NAMES[code] ?? 'control character'} (U+${hex})` };
    }
  }
  return undefined;
}

/** The value without leading and trailing whitespace, or undefined when it has none. */
export function withoutSurroundingWhitespace(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === value ? undefined : trimmed;
}
