const MAX_SHOWN = 64;
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
export function display(value: string): string {
  const shown = value.length <= MAX_SHOWN ? value : value.slice(0, MAX_SHOWN);
  const quoted = JSON.stringify(shown).replace(INVISIBLE, escapeInvisible);
  return value.length <= MAX_SHOWN ? quoted : `${quoted}… (${value.length} characters)`;
}

/** One character for a message: quoted, with its code point when it is not printable ASCII (`"ö" (U+00F6)`). */
export function displayChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return JSON.stringify(char);
  return `${display(char)} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

function escapeInvisible(char: string): string {
  if (char === ' ') return char;
  const code = char.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
