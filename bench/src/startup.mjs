#!/usr/bin/env node
// Start-up: node src/startup.mjs [--runs 15]
// `tclint check --type asn` on a one-line file against `node -e 0`, run alternately, as ratios of the
// medians of wall time and of CPU time (user + system, GNU time). Target (issue 18 item 4): at most 1.5×.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scriptArgs } from './args.mjs';
import { CORPUS_DIR } from './corpus/files.mjs';
import { tclintCli } from './measure/commands.mjs';
import { runProcess } from './measure/process.mjs';
import { median } from './measure/stats.mjs';
import { textTable, times } from './report/format.mjs';

const { values } = parseArgs({ args: scriptArgs(), options: { runs: { type: 'string', default: '15' } } });
const cli = tclintCli();
if (!cli) {
  console.error('startup: the tclint CLI is not built (apps/cli/dist); build it first');
  process.exit(2);
}
mkdirSync(CORPUS_DIR, { recursive: true });
const oneLine = join(CORPUS_DIR, 'one-asn.txt');
writeFileSync(oneLine, 'AS 123\n');
const commands = [
  { id: 'node', label: 'node -e 0', args: ['-e', '0'] },
  { id: 'tclint', label: 'tclint check --type asn (one line)', args: [cli, 'check', '--type', 'asn', oneLine] },
];
const runs = Object.fromEntries(commands.map((c) => [c.id, []]));
for (let i = 0; i < Number(values.runs); i++) {
  for (const c of commands) runs[c.id].push(await runProcess(process.execPath, c.args));
}
const wall = (id) => median(runs[id].map((r) => r.wallMs));
const cpu = (id) => (runs[id].every((r) => r.cpuMs !== undefined) ? median(runs[id].map((r) => r.cpuMs)) : undefined);
const rows = [['command', 'median wall ms', 'median CPU ms']];
for (const c of commands) rows.push([c.label, wall(c.id).toFixed(0), cpu(c.id)?.toFixed(0) ?? '—']);
console.log(textTable(rows));
const cpuRatio = cpu('node') && cpu('tclint') / cpu('node');
console.log(`start-up ratio to node -e 0: ${times(wall('tclint') / wall('node'))} wall, ${times(cpuRatio)} CPU (target ≤ 1.5×)`);
