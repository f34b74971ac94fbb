#!/usr/bin/env node
// Regression check: node src/check-regression.mjs [--record] [--runs 5] [--size 100k] [--factor 2]
// Runs the I/O floor and tclint fix on the 100k corpora and fails (exit 1) when tclint's CPU time
// (user + system, GNU time) relative to the floor's is more than `factor` times the ratio recorded in
// bench/baseline.json (i.e. tclint's speed fell below half of its recorded speed relative to the floor).
// CPU time, not wall time: on a machine shared with other jobs (CI runners, the 2-core dev box with
// seven engineers) a process waits for a core for a long, varying time that counts as wall time but
// not as CPU time, so wall-clock ratios went red from load alone (the steady-tests issue). Without GNU
// time (or a baseline recorded before CPU ratios) the wall-time ratios are compared instead.
// --record writes the measured ratios as the new baseline. Exit 2: not built, or no baseline yet.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSize, sizeLabel } from './corpus/files.mjs';
import { cliSupportsJobs, commandSet, tclintCli } from './measure/commands.mjs';
import { describeMachine } from './measure/machine.mjs';
import { runSuite } from './measure/suite.mjs';
import { textTable, times } from './report/format.mjs';
import { scriptArgs } from './args.mjs';

const BASELINE = join(dirname(fileURLToPath(import.meta.url)), '..', 'baseline.json');
const CHECKED = ['tclint-cidr', 'tclint-mixed'];

const { values } = parseArgs({ args: scriptArgs(), options: { record: { type: 'boolean', default: false }, runs: { type: 'string', default: '5' }, size: { type: 'string', default: '100k' }, factor: { type: 'string', default: '2' } } });
const cli = tclintCli();
if (!cli) {
  console.error('check-regression: the tclint CLI is not built (apps/cli/dist); build it first');
  process.exit(2);
}
const baseline = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : undefined;
if (!values.record && !baseline) {
  console.error(`check-regression: no ${BASELINE}; record one first with --record`);
  process.exit(2);
}

const records = parseSize(values.size);
const commands = commandSet({ cli, python: false, cliHasJobs: cliSupportsJobs(cli) }).filter((c) => c.floor || CHECKED.includes(c.id));
const groups = await runSuite({ kinds: ['cidr6', 'mixed'], sizes: [records], runs: Number(values.runs), commands, log: (t) => console.error(t) });
const ratios = {};
const cpuRatios = {};
for (const group of groups) {
  for (const row of group.rows) {
    if (row.failed) {
      console.error(`check-regression: ${row.command.label} failed (${row.failed}); see ${row.errPath}`);
      process.exit(1);
    }
    if (CHECKED.includes(row.command.id)) {
      ratios[row.command.id] = row.ratio;
      if (row.cpuRatio !== undefined) cpuRatios[row.command.id] = row.cpuRatio;
    }
  }
}

if (values.record) {
  const machine = describeMachine();
  const recorded = { recorded: new Date().toISOString(), size: sizeLabel(records), runs: Number(values.runs), machine: { cpu: machine.cpu, cores: machine.cores, node: machine.node, loadavg: machine.loadavg, commit: machine.commit }, ratios, cpuRatios };
  writeFileSync(BASELINE, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(textTable([['command', 'wall ratio to I/O floor', 'CPU ratio'], ...Object.entries(ratios).map(([id, r]) => [id, times(r), cpuRatios[id] === undefined ? '—' : times(cpuRatios[id])])]));
  console.log(`recorded ${BASELINE}`);
  process.exit(0);
}

if (baseline.size !== sizeLabel(records)) console.error(`check-regression: warning: the baseline was recorded on ${baseline.size} records, this run used ${sizeLabel(records)}`);
const factor = Number(values.factor);
let failed = false;
const byCpu = baseline.cpuRatios !== undefined && CHECKED.every((id) => cpuRatios[id] !== undefined);
const rows = [['command', `recorded ${byCpu ? 'CPU' : 'wall'} ratio`, 'measured ratio', `limit (${factor}× recorded)`, 'result']];
for (const id of CHECKED) {
  const recorded = (byCpu ? baseline.cpuRatios : baseline.ratios)[id];
  const measured = (byCpu ? cpuRatios : ratios)[id];
  if (recorded === undefined) {
    rows.push([id, '—', times(measured), '—', 'no baseline (record again)']);
    continue;
  }
  const ok = measured <= recorded * factor;
  failed ||= !ok;
  rows.push([id, times(recorded), times(measured), times(recorded * factor), ok ? 'ok' : 'REGRESSION']);
}
console.log(textTable(rows));
if (failed) {
  console.log(`tclint fix fell below 1/${factor} of its recorded speed relative to the I/O floor (baseline ${baseline.recorded}, ${baseline.machine.cpu}).`);
  process.exit(1);
}
console.log('no regression');
