#!/usr/bin/env node
// pnpm bench [--sizes 100k,1M] [--runs 5] [--kinds cidr6,mixed,clean95] [--jobs N] [--only floor,tclint-cidr] [--python-max 1M]
//            [--startup-runs 15] [--no-startup] [--no-in-process] [--out results.md]
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSize } from './corpus/files.mjs';
import { cliSupportsJobs, commandSet, pythonVersion, tclintCli } from './measure/commands.mjs';
import { describeMachine, loadAverage } from './measure/machine.mjs';
import { measureStartup } from './measure/startup.mjs';
import { runSuite } from './measure/suite.mjs';
import { textTable } from './report/format.mjs';
import { resultsMarkdown } from './report/markdown.mjs';
import { groupRows, groupTitle } from './report/results.mjs';
import { loadNote, startupRows } from './report/startup.mjs';
import { evaluateTargets } from './report/targets.mjs';
import { scriptArgs } from './args.mjs';

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({ args: scriptArgs(),
  options: {
    sizes: { type: 'string', default: '100k,1M' },
    runs: { type: 'string', default: '5' },
    kinds: { type: 'string', default: 'cidr6,mixed,clean95' },
    jobs: { type: 'string' },
    only: { type: 'string' },
    'python-max': { type: 'string', default: '1M' },
    'no-python': { type: 'boolean', default: false },
    'startup-runs': { type: 'string', default: '15' },
    'no-startup': { type: 'boolean', default: false },
    'no-in-process': { type: 'boolean', default: false },
    out: { type: 'string', default: join(BENCH_DIR, 'results.md') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Usage: pnpm bench [-- options]

  --sizes 100k,1M     corpus sizes (k, M suffixes: 10k for a quick try; 10M for the memory target)
  --runs 5            runs of each command (median shown; the targets want at least 3)
  --kinds cidr6,mixed,clean95  which corpora
  --jobs 2            add tclint fix --jobs N rows when the CLI has --jobs (issue 18's target is 2; 1 = none)
  --only IDS          only these commands (the I/O floor always runs): floor-split,python,ipaddr,tclint-cidr,tclint-mixed,
                      tclint-clean95,tclint-cidr-jobs,tclint-mixed-jobs,startup
  --python-max 1M     largest corpus the Python snippet runs on
  --no-python         skip the Python snippet
  --startup-runs 15   runs of each start-up command (tclint check --type asn on one line, node -e 0)
  --no-startup        skip the start-up measurement
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
const jobsWanted = Number(values.jobs ?? 2);
const cliHasJobs = Boolean(cli) && cliSupportsJobs(cli);
const jobs = jobsWanted > 1 && cliHasJobs ? jobsWanted : undefined;
if (cli && jobsWanted > 1 && !jobs) notes.push('`tclint fix` has no `--jobs` option yet: the --jobs rows and target were not measured.');
const python = !values['no-python'] && pythonVersion() !== undefined;
if (!python) notes.push('python3 was not run (not found, or --no-python): the Python snippet rows and the 25× target were not measured.');

let commands = commandSet({ cli, jobs, python, cliHasJobs });
const wanted = values.only ? new Set(values.only.split(',')) : undefined;
if (wanted) commands = commands.filter((c) => c.floor || wanted.has(c.id));
const runs = Number(values.runs);
if (!(runs >= 1)) throw new Error(`bad --runs "${values.runs}"`);
if (runs < 3) notes.push(`${runs} run(s) of each command: issue 18's targets want medians of at least 3.`);
const sizes = values.sizes.split(',').map(parseSize);
const pythonMaxRecords = parseSize(values['python-max']);
if (python && sizes.some((s) => s > pythonMaxRecords)) notes.push(`The Python snippet runs only on corpora of at most ${values['python-max']} records (--python-max).`);

log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}, ${machine.python}, load ${machine.loadavg}`);
const groups = await runSuite({ kinds: values.kinds.split(','), sizes, runs, commands, pythonMaxRecords, log });
for (const group of groups) console.log(`\n${groupTitle(group)}\n\n${textTable(groupRows(group))}`);
let startup;
if (cli && !values['no-startup'] && (!wanted || wanted.has('startup'))) {
  startup = await measureStartup({ cli, runs: Number(values['startup-runs']), log });
  console.log(`\nStart-up (${startup.runs} runs each, alternating)\n\n${textTable(startupRows(startup))}`);
}
const loadEnd = loadAverage();
const targets = evaluateTargets(groups, { startup });
console.log(`\nTargets (issue 18)\n\n${textTable([['target', 'measured', 'status'], ...targets.map((t) => [t.target, t.measured, t.status])])}`);
console.log(loadNote({ cores: machine.cores, loadStart: machine.loadavg, loadEnd }));
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
writeFileSync(out, resultsMarkdown({ machine, options: { runs, argv: process.argv.slice(2) }, groups, targets, startup, loadEnd, inProcess, notes, started }));
writeFileSync(out.replace(/\.md$/, '') + '.json', `${JSON.stringify({ started, machine, loadEnd, groups: groups.map(jsonGroup), startup, targets, inProcess }, null, 2)}\n`);
log(`\nwrote ${out}`);

function jsonGroup(group) {
  return {
    kind: group.kind, records: group.records, bytes: group.meta.bytes, sha256: group.meta.sha256, loadBefore: group.loadBefore, loadAfter: group.loadAfter,
    rows: group.rows.map((r) => ({ id: r.command.id, label: r.command.label, failed: r.failed, wallMs: r.runs.map((x) => Math.round(x.wallMs)), medianMs: r.medianMs, ratio: r.ratio, medianCpuMs: r.medianCpuMs, cpuRatio: r.cpuRatio, recordsPerSec: r.recordsPerSec, peakRssKb: r.peakRssKb, check: r.check && { against: r.check.against, lines: r.check.linesA, differing: r.check.differing }, problems: r.problems })),
  };
}
