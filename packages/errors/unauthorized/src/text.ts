/**
 * Lowercases `text` keeping every index where it was, so that a match found
 * in the result is at the same place in the input. `toLowerCase` keeps the
 * length of every string except those with U+0130 (İ becomes two units),
 * which is mapped to "i" first.
 */
export function lowercaseKeepingIndices(text: string): string {
  const lower = text.replace(/\u0130/g, 'i').toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/** 1-based line number of an index. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const MAX_SHOWN = 120;

/**
 * A value made safe to show in one line of a message: control characters and
 * lone surrogates escaped, long values shortened.
 */
export function printable(value: string, max = MAX_SHOWN): string {
  const chars = Array.from(value.length > max * 2 ? value.slice(0, max * 2) : value);
  let out = '';
  let count = 0;
  for (const ch of chars) {
    if (count === max) return `${out}… (${value.length} characters)`;
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code >= 0xd800 && code <= 0xdfff) out += `\\u${code.toString(16)}`;
    else out += ch;
    count++;
  }
  return out;
}
