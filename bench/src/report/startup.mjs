import { times } from './format.mjs';

/** The start-up table: each command's median wall and CPU time, and tclint's ratio to `node -e 0`. */
export function startupRows(startup) {
  const rows = [['command', 'median wall ms', 'median CPU ms', '× node -e 0 (wall / CPU)']];
  const [node] = startup.commands;
  for (const c of startup.commands) {
    const ratio = c === node ? '1.00× (ref)' : `${times(startup.wallRatio)} / ${times(startup.cpuRatio)}`;
    rows.push([c.label, c.wallMs.toFixed(0), c.cpuMs?.toFixed(0) ?? '—', ratio]);
  }
  return rows;
}

/**
 * The load the targets were measured at: ratios come from runs taken side by
 * side, but a load above the number of cores (other work waiting for them)
 * makes them unreliable. The bench's own processes add about 1 (2 while a
 * `--jobs 2` row runs).
 */
export function loadNote({ cores, loadStart, loadEnd }) {
  const highest = Math.max(...[loadStart, loadEnd].filter(Boolean).map((l) => Number(l.split(' ')[0])));
  const verdict = highest > cores
    ? `**the machine was busy** (1-minute load up to ${highest.toFixed(2)} on ${cores} cores): measure again on a quiet machine before trusting these ratios`
    : `the machine was quiet enough (1-minute load at most ${highest.toFixed(2)} on ${cores} cores)`;
  return `Load average (1/5/15 min): ${loadStart} at the start, ${loadEnd ?? 'not read'} at the end (each corpus's table title has its own; the bench itself adds about 1); ${verdict}. Every ratio is of medians from this one run.`;
}
