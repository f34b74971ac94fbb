const LOWER_RUN = /[a-z]+/g;

/**
 * Upper-cases ASCII letters only. `toUpperCase()` would also turn look-alikes
 * into ASCII (`ı` -> `I`, `ſ` -> `S`), "fixing" text that is not a root name;
 * on all-ASCII text it changes a-z alone, so it is used there.
 */
export function asciiUpper(text: string): string {
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return text.replace(LOWER_RUN, (letters) => letters.toUpperCase());
    if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  return lower ? text.toUpperCase() : text;
}

/** Whether `text` has `expected` (upper-case ASCII) at `at`, in any ASCII case. */
export function startsWithAsciiCase(text: string, expected: string, at = 0): boolean {
  if (at < 0 || at + expected.length > text.length) return asciiUpper(text.slice(at, at + expected.length)) === expected;
  for (let k = 0; k < expected.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c !== expected.charCodeAt(k)) return false;
  }
  return true;
}
