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
  'Timestamp out of acceptable time rang'.repeat(1 << 15),
  '2023-11-14T22:13:20'.repeat(1 << 16),
  '0'.repeat(1 << 20),
];
