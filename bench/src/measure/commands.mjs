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
 */
export function commandSet({ cli, jobs, python = true }) {
  const node = process.execPath;
  const list = [
    { id: 'floor', label: 'I/O floor: readline, write every line', corpus: ['cidr6', 'mixed'], run: (f) => [node, [join(BASELINES, 'io-floor.mjs'), f]], floor: true },
    { id: 'floor-split', label: 'I/O floor, hand-split lines (reference)', corpus: ['cidr6', 'mixed'], run: (f) => [node, [join(BASELINES, 'io-floor-split.mjs'), f]] },
  ];
  if (python) list.push({ id: 'python', label: "seed's Python snippet (python3, per line)", corpus: ['cidr6'], run: (f) => ['python3', [join(BASELINES, 'python_snippet.py'), f]], reference: true });
  list.push({ id: 'ipaddr', label: 'plain ipaddr.js loop (parseCIDR + toNormalizedString)', corpus: ['cidr6'], run: (f) => [node, [join(BASELINES, 'ipaddr-loop.mjs'), f]], check: 'python' });
  if (cli) {
    list.push({ id: 'tclint-cidr', label: 'tclint fix --type cidr', corpus: ['cidr6'], run: (f) => [node, [cli, 'fix', '--type', 'cidr', f]], check: 'python', tclint: true, okCodes: [0, 1] });
    list.push({ id: 'tclint-mixed', label: 'tclint fix (type inferred)', corpus: ['mixed'], run: (f) => [node, [cli, 'fix', f]], tclint: true, okCodes: [0, 1] });
    if (jobs) {
      list.push({ id: 'tclint-cidr-jobs', label: `tclint fix --type cidr --jobs ${jobs}`, corpus: ['cidr6'], run: (f) => [node, [cli, 'fix', '--type', 'cidr', '--jobs', String(jobs), f]], check: 'serial', serial: 'tclint-cidr', tclint: true, okCodes: [0, 1] });
      list.push({ id: 'tclint-mixed-jobs', label: `tclint fix --jobs ${jobs}`, corpus: ['mixed'], run: (f) => [node, [cli, 'fix', '--jobs', String(jobs), f]], check: 'serial', serial: 'tclint-mixed', tclint: true, okCodes: [0, 1] });
    }
  }
  return list;
}
