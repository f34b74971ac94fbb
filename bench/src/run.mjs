#!/usr/bin/env node
// pnpm bench [--sizes 100k,1M] [--runs 5] [--jobs N] [--only floor,tclint-cidr] [--python-max 1M] [--no-in-process] [--out results.md]
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSize } from './corpus/files.mjs';
import { cliSupportsJobs, commandSet, pythonVersion, tclintCli } from './measure/commands.mjs';
import { describeMachine } from './measure/machine.mjs';
import { runSuite } from './measure/suite.mjs';
import { textTable } from './report/format.mjs';
import { resultsMarkdown } from './report/markdown.mjs';
import { groupRows, groupTitle } from './report/results.mjs';
import { evaluateTargets } from './report/targets.mjs';
import { scriptArgs } from './args.mjs';

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({ args: scriptArgs(),
  options: {
    sizes: { type: 'string', default: '100k,1M' },
    runs: { type: 'string', default: '5' },
    kinds: { type: 'string', default: 'cidr6,mixed' },
    jobs: { type: 'string' },
    only: { type: 'string' },
    'python-max': { type: 'string', default: '1M' },
    'no-python': { type: 'boolean', default: false },
    'no-in-process': { type: 'boolean', default: false },
    out: { type: 'string', default: join(BENCH_DIR, 'results.md') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Usage: pnpm bench [-- options]

  --sizes 100k,1M     corpus sizes (k, M suffixes; 10M supported)
  --runs 5            runs of each command (median shown)
  --kinds cidr6,mixed which corpora
  --jobs N            add tclint fix --jobs N rows when the CLI has --jobs (default: cores; 1 = none)
  --only IDS          only these commands (the I/O floor always runs): floor-split,python,ipaddr,tclint-cidr,tclint-mixed,...
  --python-max 1M     largest corpus the Python snippet runs on
  --no-python         skip the Python snippet
  --no-in-process     skip the tinybench figures
  --out PATH          results Markdown (default bench/results.md; a .json is written beside it)

See bench/README.md.`);
  process.exit(0);
}

const log = (text) => process.stderr.write(`${text}\n`);
const started = new Date();
const machine = describeMachine();
const notes = [];
const cli = tclintCli();
if (!cli) notes.push('The tclint CLI is not built (apps/cli/dist): only the baselines were measured. Build it first: `pnpm turbo run build --filter=tclint...`.');
const jobsWanted = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
const jobs = cli && jobsWanted > 1 && cliSupportsJobs(cli) ? jobsWanted : undefined;
if (cli && jobsWanted > 1 && !jobs) notes.push('`tclint fix` has no `--jobs` option yet: the --jobs rows and target were not measured.');
const python = !values['no-python'] && pythonVersion() !== undefined;
if (!python) notes.push('python3 was not run (not found, or --no-python): the Python snippet rows and the 25× target were not measured.');

let commands = commandSet({ cli, jobs, python });
if (values.only) {
  const wanted = new Set(values.only.split(','));
  commands = commands.filter((c) => c.floor || wanted.has(c.id));
}
const sizes = values.sizes.split(',').map(parseSize);
const pythonMaxRecords = parseSize(values['python-max']);
if (python && sizes.some((s) => s > pythonMaxRecords)) notes.push(`The Python snippet runs only on corpora of at most ${values['python-max']} records (--python-max).`);

log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}, ${machine.python}, load ${machine.loadavg}`);
const groups = await runSuite({ kinds: values.kinds.split(','), sizes, runs: Number(values.runs), commands, pythonMaxRecords, log });
for (const group of groups) console.log(`\n${groupTitle(group)}\n\n${textTable(groupRows(group))}`);
const targets = evaluateTargets(groups);
console.log(`\nTargets (issue 8)\n\n${textTable([['target', 'measured', 'status'], ...targets.map((t) => [t.target, t.measured, t.status])])}`);
for (const note of notes) console.log(`note: ${note}`);

let inProcess;
if (!values['no-in-process'] && cli) {
  const { perTypeFigures, cidrLayers } = await import('./in-process.mjs');
  const { formatInProcess } = await import('./report/in-process.mjs');
  inProcess = { perType: await perTypeFigures({ log }), layers: await cidrLayers({ records: Math.min(...sizes), log }) };
  console.log(`\n${formatInProcess(inProcess.perType, inProcess.layers, 'text')}`);
}

// pnpm runs this script in bench/; a relative --out is taken from where `pnpm bench` was typed
const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
writeFileSync(out, resultsMarkdown({ machine, options: { runs: Number(values.runs), argv: process.argv.slice(2) }, groups, targets, inProcess, notes, started }));
writeFileSync(out.replace(/\.md$/, '') + '.json', `${JSON.stringify({ started, machine, groups: groups.map(jsonGroup), targets, inProcess }, null, 2)}\n`);
log(`\nwrote ${out}`);

function jsonGroup(group) {
  return {
    kind: group.kind, records: group.records, bytes: group.meta.bytes, sha256: group.meta.sha256, loadBefore: group.loadBefore, loadAfter: group.loadAfter,
    rows: group.rows.map((r) => ({ id: r.command.id, label: r.command.label, failed: r.failed, wallMs: r.runs.map((x) => Math.round(x.wallMs)), medianMs: r.medianMs, ratio: r.ratio, recordsPerSec: r.recordsPerSec, peakRssKb: r.peakRssKb, check: r.check && { against: r.check.against, lines: r.check.linesA, differing: r.check.differing }, problems: r.problems })),
  };
}
