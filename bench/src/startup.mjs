#!/usr/bin/env node
// Start-up: node src/startup.mjs [--runs 15]
// `tclint check --type asn` on a one-line file against `node -e 0`, run alternately, as ratios of the
// medians of wall time and of CPU time (user + system, GNU time). Target (issue 18 item 4): at most 1.5×.
// The measurement is src/measure/startup.mjs, which `pnpm bench` runs too.
import { parseArgs } from 'node:util';
import { scriptArgs } from './args.mjs';
import { tclintCli } from './measure/commands.mjs';
import { measureStartup, STARTUP_TARGET } from './measure/startup.mjs';
import { textTable, times } from './report/format.mjs';

const { values } = parseArgs({ args: scriptArgs(), options: { runs: { type: 'string', default: '15' } } });
const cli = tclintCli();
if (!cli) {
  console.error('startup: the tclint CLI is not built (apps/cli/dist); build it first');
  process.exit(2);
}
const startup = await measureStartup({ cli, runs: Number(values.runs) });
const rows = [['command', 'median wall ms', 'median CPU ms']];
for (const c of startup.commands) rows.push([c.label, c.wallMs.toFixed(0), c.cpuMs?.toFixed(0) ?? '—']);
console.log(textTable(rows));
console.log(`start-up ratio to node -e 0: ${times(startup.wallRatio)} wall, ${times(startup.cpuRatio)} CPU (target ≤ ${STARTUP_TARGET}×)`);
