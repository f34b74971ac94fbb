/**
 * Upper-cases ASCII letters only. `toUpperCase()` would also turn look-alikes
 * into ASCII (`ı` -> `I`, `ſ` -> `S`), "fixing" text that is not a root name.
 */
export function asciiUpper(text: string): string {
  return text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/** Whether `text` has `expected` (upper-case ASCII) at `at`, in any ASCII case. */
export function startsWithAsciiCase(text: string, expected: string, at = 0): boolean {
  return asciiUpper(text.slice(at, at + expected.length)) === expected;
}
