// Test-only. Core has no Node types (it runs in browsers), so the Node process's CPU clock is reached through a loose type.
interface CpuClock {
  cpuUsage(previous?: { user: number; system: number }): { user: number; system: number };
}

/**
 * The least CPU time (user + system, ms) this process spends in `run` over
 * `runs` runs: unlike the wall clock, it does not grow while other processes
 * use the cores, and the best run leaves out a garbage collection.
 */
export function fastestCpuMs(run: () => unknown, runs = 3): number {
  const clock = (globalThis as { process?: CpuClock }).process;
  if (typeof clock?.cpuUsage !== 'function') throw new Error('CPU time needs Node.js: process.cpuUsage is missing');
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = clock.cpuUsage();
    run();
    const used = clock.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
