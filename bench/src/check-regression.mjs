#!/usr/bin/env node
// Regression check: node src/check-regression.mjs [--record] [--runs 5] [--size 100k] [--factor 2]
// Runs the I/O floor and tclint fix on the 100k corpora and fails (exit 1) when tclint's wall time
// relative to the I/O floor is more than `factor` times the ratio recorded in bench/baseline.json
// (i.e. tclint's speed fell below half of its recorded speed relative to the floor).
// --record writes the measured ratios as the new baseline. Exit 2: not built, or no baseline yet.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSize, sizeLabel } from './corpus/files.mjs';
import { commandSet, tclintCli } from './measure/commands.mjs';
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
const commands = commandSet({ cli, python: false }).filter((c) => c.floor || CHECKED.includes(c.id));
const groups = await runSuite({ kinds: ['cidr6', 'mixed'], sizes: [records], runs: Number(values.runs), commands, log: (t) => console.error(t) });
const ratios = {};
for (const group of groups) {
  for (const row of group.rows) {
    if (row.failed) {
      console.error(`check-regression: ${row.command.label} failed (${row.failed}); see ${row.errPath}`);
      process.exit(1);
    }
    if (CHECKED.includes(row.command.id)) ratios[row.command.id] = row.ratio;
  }
}

if (values.record) {
  const machine = describeMachine();
  const recorded = { recorded: new Date().toISOString(), size: sizeLabel(records), runs: Number(values.runs), machine: { cpu: machine.cpu, cores: machine.cores, node: machine.node, loadavg: machine.loadavg, commit: machine.commit }, ratios };
  writeFileSync(BASELINE, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(textTable([['command', 'ratio to I/O floor'], ...Object.entries(ratios).map(([id, r]) => [id, times(r)])]));
  console.log(`recorded ${BASELINE}`);
  process.exit(0);
}

if (baseline.size !== sizeLabel(records)) console.error(`check-regression: warning: the baseline was recorded on ${baseline.size} records, this run used ${sizeLabel(records)}`);
const factor = Number(values.factor);
let failed = false;
const rows = [['command', 'recorded ratio', 'measured ratio', `limit (${factor}× recorded)`, 'result']];
for (const id of CHECKED) {
  const recorded = baseline.ratios[id];
  const measured = ratios[id];
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
