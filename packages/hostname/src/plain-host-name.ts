import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from './check-ascii-name.js';

const DOT = 0x2e;
const HYPHEN = 0x2d;

/**
 * True when a name is already in the form ThreatConnect stores and `normalizeHost`
 * finds nothing in it, decided in one pass over the characters without the
 * IDNA tables: lower-case ASCII letters, digits, hyphens and dots; labels of 1
 * to 63, none starting or ending with a hyphen or with hyphens in positions
 * 3-4 (so no `xn--` label, which only the tables can judge); at most 253 in
 * all; a last label that does not start with a digit (so no IP address and no
 * numeric top-level domain). False means "look closer", not "wrong".
 */
export function isPlainHostName(name: string): boolean {
  const length = name.length;
  if (length === 0 || length > MAX_NAME_LENGTH) return false;
  let start = 0;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? name.charCodeAt(i) : DOT;
    if (code === DOT) {
      const size = i - start;
      if (size === 0 || size > MAX_LABEL_LENGTH) return false;
      if (name.charCodeAt(i - 1) === HYPHEN) return false;
      if (size >= 4 && name.charCodeAt(start + 2) === HYPHEN && name.charCodeAt(start + 3) === HYPHEN) return false;
      if (i === length && isDigit(name.charCodeAt(start))) return false;
      start = i + 1;
      continue;
    }
    if (code === HYPHEN) {
      if (i === start) return false;
    } else if (!((code >= 0x61 && code <= 0x7a) || isDigit(code))) return false;
  }
  return true;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
