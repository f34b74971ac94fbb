import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASELINES = join(dirname(fileURLToPath(import.meta.url)), '..', 'baselines');

/** Path of the built `tclint` CLI (the `bin` of the `tclint` package), or undefined when it is not built. */
export function tclintCli() {
  const manifest = fileURLToPath(import.meta.resolve('tclint/package.json'));
  const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin.tclint;
  const path = join(dirname(manifest), bin);
  return existsSync(path) ? path : undefined;
}

/** Whether `tclint fix` takes `--jobs N` (worker threads). */
export function cliSupportsJobs(cli) {
  const help = spawnSync(process.execPath, [cli, 'fix', '--help'], { encoding: 'utf8' });
  return /--jobs\b/.test(`${help.stdout}${help.stderr}`);
}

export function pythonVersion() {
  const run = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? (run.stdout || run.stderr).trim() : undefined;
}

/**
 * The whole-process measurements. Each takes the corpus file as its last
 * argument and writes its output to stdout. `corpus` says which corpora a
 * command runs on; `floor` marks the I/O floor every ratio is taken against;
 * `check` says what its output is compared with: the Python snippet's output
 * (`python`), tclint's single-threaded output (`serial`), or nothing.
 * `jobs` adds `--jobs N` rows; `cliHasJobs` (the CLI takes `--jobs`) makes the
 * single-threaded rows say `--jobs 1`, so they stay one thread whatever the
 * CLI's default is, and the `--jobs` rows are compared with `--jobs 1`.
 */
export function commandSet({ cli, jobs, python = true, cliHasJobs = jobs !== undefined }) {
  const node = process.execPath;
  const all = ['cidr6', 'mixed', 'clean95'];
  const serial = cliHasJobs ? ['--jobs', '1'] : [];
  const said = (args) => args.map((a) => ` ${a}`).join('');
  const list = [
    { id: 'floor', label: 'I/O floor: readline, write every line', corpus: all, run: (f) => [node, [join(BASELINES, 'io-floor.mjs'), f]], floor: true },
    { id: 'floor-split', label: 'I/O floor, hand-split lines (reference)', corpus: all, run: (f) => [node, [join(BASELINES, 'io-floor-split.mjs'), f]] },
  ];
  if (python) list.push({ id: 'python', label: "seed's Python snippet (python3, per line)", corpus: ['cidr6'], run: (f) => ['python3', [join(BASELINES, 'python_snippet.py'), f]], reference: true });
  list.push({ id: 'ipaddr', label: 'plain ipaddr.js loop (parseCIDR + toNormalizedString)', corpus: ['cidr6'], run: (f) => [node, [join(BASELINES, 'ipaddr-loop.mjs'), f]], check: 'python' });
  if (cli) {
    const tclint = (id, label, corpus, args, more = {}) => list.push({ id, label: `tclint fix${said(args)}${label}`, corpus, run: (f) => [node, [cli, 'fix', ...args, f]], tclint: true, okCodes: [0, 1], ...more });
    tclint('tclint-cidr', '', ['cidr6'], ['--type', 'cidr', ...serial], { check: 'python' });
    tclint('tclint-mixed', ' (type inferred)', ['mixed'], serial);
    tclint('tclint-clean95', ' (type inferred)', ['clean95'], serial);
    if (jobs) {
      const parallel = ['--jobs', String(jobs)];
      tclint('tclint-cidr-jobs', '', ['cidr6'], ['--type', 'cidr', ...parallel], { check: 'serial', serial: 'tclint-cidr', jobs });
      tclint('tclint-mixed-jobs', ' (type inferred)', ['mixed'], parallel, { check: 'serial', serial: 'tclint-mixed', jobs });
    }
  }
  return list;
}
