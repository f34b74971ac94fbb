const MAX_PREVIEW = 64;
/**
 * Characters a reader cannot see or tell apart: controls, format characters
 * (joiners, soft hyphen), unusual spaces, and a combining mark with no letter
 * to sit on (it would land on the quote).
 */
const INVISIBLE = /[\p{C}\p{Z}]|(?<![\p{L}\p{N}\p{M}])\p{M}/gu;

/**
 * A value as it appears in a message: quoted, invisible characters and lone
 * surrogates escaped (`\u200d`), and cut to a readable length with the full
 * length named, so a 1 MB input does not make a 1 MB message.
 */
export function preview(value: string, max = MAX_PREVIEW): string {
  const shown = value.length <= max ? value : value.slice(0, max);
  const quoted = isPrintableAscii(shown) ? JSON.stringify(shown) : JSON.stringify(shown).replace(INVISIBLE, escapeInvisible);
  return value.length <= max ? quoted : `${quoted}… (${value.length} characters)`;
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
