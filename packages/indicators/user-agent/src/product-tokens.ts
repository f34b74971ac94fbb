/** What a User-Agent header's grammar (RFC 9110: products and comments) found in a string. */
export interface ProductTokens {
  /** Products written `name/version`. */
  versioned: number;
  /** Products written without a version (`Mobile`, `Gecko`). */
  bare: number;
  /** Whether the first token is a `name/version` product. */
  startsVersioned: boolean;
}

/**
 * Reads a string as a User-Agent header: products (`curl/8.4.0`) and comments
 * (`(Windows NT 10.0; Win64; x64)`, nesting allowed) separated by spaces.
 * Returns undefined when the string does not follow that grammar.
 *
 * Stricter than RFC 9110 where a looser reading would take other indicator
 * types for user agents: a product name starts with a letter and has no dots
 * or colons (so `example.com/1.0`, `http://x/1` and `10.0.0.0/8` are not
 * products), and a version starts with a digit (so `HKLM/Software` is not).
 * A linear scan.
 */
export function readProductTokens(text: string): ProductTokens | undefined {
  const result: ProductTokens = { versioned: 0, bare: 0, startsVersioned: false };
  let i = 0;
  let first = true;
  while (i < text.length) {
    if (text.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    if (text.charCodeAt(i) === 0x28 /* ( */) {
      const end = commentEnd(text, i);
      if (end < 0) return undefined;
      i = end;
      continue;
    }
    if (!isLetter(text.charCodeAt(i))) return undefined;
    let j = i + 1;
    while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 0x2f /* / */) {
      const versionStart = j + 1;
      if (!isDigit(text.charCodeAt(versionStart))) return undefined;
      j = versionStart + 1;
      while (j < text.length && isVersionChar(text.charCodeAt(j))) j++;
      result.versioned++;
      if (first) result.startsVersioned = true;
    } else {
      result.bare++;
    }
    if (j < text.length && text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0x28) return undefined;
    first = false;
    i = j;
  }
  return result.versioned + result.bare > 0 ? result : undefined;
}

/** The index after the comment that opens at `start`, or -1 when it is not closed. */
function commentEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c /* \ quoted-pair */) i++;
    else if (code === 0x28) depth++;
    else if (code === 0x29 && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * False when `readProductTokens` certainly finds no product first: the value
 * starts (no whitespace first) with a printable ASCII character other than a
 * letter or `(`, or with a name followed by something other than `/`, a
 * space, `(` or the end.
 */
export function mayStartWithProduct(value: string): boolean {
  const first = value.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f) || first === 0x28) return true;
  if (!isLetter(first)) return false;
  let i = 1;
  while (i < value.length && isNameChar(value.charCodeAt(i))) i++;
  if (i === value.length) return true;
  const next = value.charCodeAt(i);
  return next === 0x2f || next <= 0x20 || next === 0x28 || next >= 0x80;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Token characters of RFC 9110 without `.` (see above). */
function isNameChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || (code < 0x80 && "!#$%&'*+-^_`|~".includes(String.fromCharCode(code)));
}

function isVersionChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 0x2e || code === 0x2d || code === 0x5f || code === 0x2b;
}
