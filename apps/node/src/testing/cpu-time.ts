/**
 * CPU time (user + system, ms) this process spends in `run`, awaited. Unlike
 * the wall clock, it does not grow while other processes use the cores.
 */
export async function cpuMs(run: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The least CPU time (ms) of `runs` runs of `run`: the best run leaves out a garbage collection that fell into another. */
export function fastestCpuMs(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
