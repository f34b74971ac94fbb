/**
 * Typographic dashes (U+2010 hyphen .. U+2015 horizontal bar) that word
 * processors and report templates put where a host name has an ASCII hyphen
 * (`neurotonix–buy.us`, `us‐nation‐ny.cf`). UTS #46 keeps some of them, so
 * without this they would silently become a different Punycode name.
 */
export function isTypographicDash(code: number): boolean {
  return code >= 0x2010 && code <= 0x2015;
}

/** Index of the first typographic dash, or -1. */
export function firstTypographicDash(text: string): number {
  for (let i = 0; i < text.length; i++) if (isTypographicDash(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * The name with its typographic dashes read as ASCII hyphens. A dash right
 * after a label's `xn` is the `--` of a Punycode prefix that autocorrection
 * turned into one dash (`xn–metaspport-v43e.com` is `xn--metaspport-v43e.com`);
 * every other dash is one hyphen.
 */
export function hyphenReading(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isTypographicDash(text.charCodeAt(i))) continue;
    out += text.slice(last, i) + (afterPunycodePrefix(text, i) ? '--' : '-');
    last = i + 1;
  }
  return out + text.slice(last);
}

/** `xn` (any case) right before `at`, at the start of a label. */
function afterPunycodePrefix(text: string, at: number): boolean {
  if (at < 2 || (text.charCodeAt(at - 2) | 0x20) !== 0x78 || (text.charCodeAt(at - 1) | 0x20) !== 0x6e) return false;
  if (at === 2) return true;
  const before = text.charCodeAt(at - 3);
  return before === 0x2e || before === 0x3002 || before === 0xff0e || before === 0xff61 || before <= 0x20;
}
