/// <reference types="node" />

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

/**
 * Runs `run` until one run takes less than `limit` ms of CPU time (at most
 * `tries` times) and returns the fastest. CPU time, unlike the wall clock,
 * does not count what other processes on a busy machine take; a garbage
 * collection that falls into one run is not the code's cost either.
 * `before` runs ahead of each run, untimed: it can empty a cache, so that a
 * repeat is not answered from what the first run left.
 */
export function fastestRun(run: () => void, limit: number, tries = 3, before?: () => void): number {
  let best = Infinity;
  for (let i = 0; i < tries && best >= limit; i++) {
    before?.();
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
