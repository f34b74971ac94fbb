/**
 * An email address cut at its `@`, with positions, so a fix can replace the
 * domain and keep every other character. The separator is the first `@`
 * outside a quoted local part (`"a@b"@example.com`).
 */
export interface EmailParts {
  /** The value without surrounding whitespace is `value.slice(start, end)`. */
  start: number;
  end: number;
  /** Position of the separating `@`; -1 when there is none. */
  at: number;
  local: string;
  /** The local part is a quoted string (`"john doe"`). */
  quoted: boolean;
  /** A quoted local part whose closing quote is missing. */
  unterminated: boolean;
  domain: string;
  /** Position of a second `@` after the separator; -1 when there is none. */
  secondAt: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Cuts a value at its `@`; undefined when it is empty or only whitespace. Linear, no regular expressions. */
export function splitEmail(value: string): EmailParts | undefined {
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  if (end <= start) return undefined;
  let at = -1;
  let quoted = false;
  let unterminated = false;
  if (value.charCodeAt(start) === QUOTE) {
    quoted = true;
    let i = start + 1;
    while (i < end && value.charCodeAt(i) !== QUOTE) i += value.charCodeAt(i) === BACKSLASH ? 2 : 1;
    if (i >= end) unterminated = true;
    else at = indexWithin(value, '@', i + 1, end);
  } else at = indexWithin(value, '@', start, end);
  const secondAt = at < 0 ? -1 : indexWithin(value, '@', at + 1, end);
  return {
    start,
    end,
    at,
    local: value.slice(start, at < 0 ? end : at),
    quoted,
    unterminated,
    domain: at < 0 ? '' : value.slice(at + 1, end),
    secondAt,
  };
}

function indexWithin(value: string, char: string, from: number, to: number): number {
  const found = value.indexOf(char, from);
  return found >= 0 && found < to ? found : -1;
}

