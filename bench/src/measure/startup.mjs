import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../corpus/files.mjs';
import { runProcess } from './process.mjs';
import { median } from './stats.mjs';

/** Issue 18's start-up target: `tclint check --type asn` on one line within this factor of `node -e 0`. */
export const STARTUP_TARGET = 1.5;

/**
 * Start-up: `tclint check --type asn` on a one-line file against `node -e 0`,
 * run alternately `runs` times each. Returns each command's median wall and
 * CPU time (user + system, GNU time; undefined without it) and the ratios of
 * tclint's medians to node's; throws when tclint does not report the
 * one-line file's problem (a CLI that fails at once would look fast).
 * Used by `bench:startup` and `pnpm bench`.
 */
export async function measureStartup({ cli, runs = 15, log = () => {} }) {
  mkdirSync(CORPUS_DIR, { recursive: true });
  const oneLine = join(CORPUS_DIR, 'one-asn.txt');
  writeFileSync(oneLine, 'AS 123\n');
  const commands = [
    { id: 'node', label: 'node -e 0', args: ['-e', '0'] },
    { id: 'tclint', label: 'tclint check --type asn (one line)', args: [cli, 'check', '--type', 'asn', oneLine] },
  ];
  // one run first, not timed: a CLI that fails at once would look fast
  const probe = spawnSync(process.execPath, commands[1].args, { encoding: 'utf8' });
  if (probe.status !== 1 || !`${probe.stdout}${probe.stderr}`.includes('asn/')) {
    throw new Error(`start-up: \`tclint check --type asn\` on "AS 123" did not report an asn/ problem (exit ${probe.status}): ${`${probe.stderr}${probe.stdout}`.slice(0, 300)}`);
  }
  const results = Object.fromEntries(commands.map((c) => [c.id, []]));
  for (let i = 0; i < runs; i++) {
    for (const c of commands) results[c.id].push(await runProcess(process.execPath, c.args));
  }
  const failed = results.tclint.find((r) => r.code !== 1);
  if (failed) throw new Error(`start-up: tclint check --type asn exited with ${failed.code}, not 1 (a problem found)`);
  log(`  start-up: ${runs} runs each of ${commands.map((c) => c.label).join(' and ')}`);
  const wallMs = (id) => median(results[id].map((r) => r.wallMs));
  const cpuMs = (id) => (results[id].every((r) => r.cpuMs !== undefined) ? median(results[id].map((r) => r.cpuMs)) : undefined);
  const measured = commands.map((c) => ({ id: c.id, label: c.label, wallMs: wallMs(c.id), cpuMs: cpuMs(c.id) }));
  const [node, tclint] = measured;
  return {
    runs,
    commands: measured,
    wallRatio: tclint.wallMs / node.wallMs,
    cpuRatio: node.cpuMs && tclint.cpuMs !== undefined ? tclint.cpuMs / node.cpuMs : undefined,
  };
}
