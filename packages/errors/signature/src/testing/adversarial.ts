/** About 1 MB of each pattern known to hurt naive scanners and backtracking regexes. */
export const ADVERSARIAL: readonly string[] = [
  '1'.repeat(1 << 20),
  '.'.repeat(1 << 20),
  ':'.repeat(1 << 20),
  '-'.repeat(1 << 20),
  '['.repeat(1 << 19) + ']'.repeat(1 << 19),
  '\\'.repeat(1 << 20),
  'xn--'.repeat(1 << 18),
  '%2'.repeat(1 << 19),
  ' '.repeat(1 << 20),
  'Signature data did not match expected resul'.repeat(1 << 14),
  "b'".repeat(1 << 19),
  'TC '.repeat(1 << 18),
  // the case flips at every character (the method is upper-cased before signing)
  'aB'.repeat(1 << 19),
  // 2 and 3 bytes of UTF-8 per character: what is signed is 2 or 3 MB long
  'ß'.repeat(1 << 20),
  '\ud800'.repeat(1 << 20),
];
