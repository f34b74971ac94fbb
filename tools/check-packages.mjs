#!/usr/bin/env node
/* global console, process, URL */
// Checks every publishable package (each package.json under packages/, apps/
// and examples/ that is not private) the way it will be published: packs it
// with `pnpm pack` (workspace: ranges become real ones), then runs
//   publint --strict            package.json fields, exports targets, files
//   attw --profile node16       types as both `import` and `require` users resolve them
// on the tarball. Prints a summary table and the details of every problem;
// exits 1 when any package has one. Build the packages first (`pnpm build`).
//
// Usage: node tools/check-packages.mjs [--jobs N] [--root DIR] [name-or-path ...]
//   --root DIR   check the workspace in DIR instead of this repository (for tests)
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'node_modules', '.bin');
let ROOT = REPO;
const FOLDERS = ['packages', 'apps', 'examples'];

function publishablePackages() {
  const found = [];
  const visit = (dir) => {
    const manifestPath = join(dir, 'package.json');
    if (existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (manifest.private !== true) found.push({ name: manifest.name, dir, path: relative(ROOT, dir).split('\\').join('/') });
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(join(dir, entry.name));
    }
  };
  for (const folder of FOLDERS) if (existsSync(join(ROOT, folder))) visit(join(ROOT, folder));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

function run(command, args, cwd) {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout), stderr: String(stderr), error });
    });
  });
}

/** publint's findings, from its text output: lines under "Errors:", "Warnings:", "Suggestions:". */
function publintFindings(output) {
  const findings = { errors: [], warnings: [], suggestions: [] };
  let section;
  for (const line of output.split('\n')) {
    const heading = /^(Errors|Warnings|Suggestions):$/.exec(line.trim());
    if (heading) section = heading[1].toLowerCase();
    else if (section && /^\d+\. /.test(line.trim())) findings[section].push(line.trim());
  }
  return findings;
}

/**
 * attw's problems from its JSON output (an array, or an object of arrays by
 * kind, depending on the version). A package without any types is not a
 * problem to attw (it exits 0), but every package here ships them.
 */
function attwProblems(json) {
  if (json?.analysis?.types === false) return ['NoTypes: the package ships no type declarations'];
  const problems = json?.problems ?? json?.analysis?.problems ?? [];
  const list = Array.isArray(problems) ? problems : Object.values(problems).flat();
  return list.map((p) => [p.kind, p.entrypoint, p.resolutionKind].filter(Boolean).join(' '));
}

async function checkPackage(pkg, destination) {
  const result = { ...pkg, publint: 'not run', attw: 'not run', details: [] };
  const packed = await run('pnpm', ['pack', '--json', '--pack-destination', destination], pkg.dir);
  if (packed.code !== 0) {
    result.publint = result.attw = 'pack failed';
    result.details.push(`pnpm pack failed:\n${packed.stdout}${packed.stderr}`);
    return result;
  }
  const tarball = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('{'))).filename;

  const publint = await run(join(BIN, 'publint'), ['run', tarball, '--strict'], pkg.dir);
  const findings = publintFindings(publint.stdout + publint.stderr);
  const count = findings.errors.length + findings.warnings.length + findings.suggestions.length;
  // --strict turns warnings into errors; a suggestion is a problem here too
  result.publintOk = publint.code === 0 && count === 0;
  result.publint = result.publintOk ? 'ok' : `${count || 'exit ' + publint.code} problem${count === 1 ? '' : 's'}`;
  if (!result.publintOk) result.details.push(`publint --strict:\n${(publint.stdout + publint.stderr).trim()}`);

  const attw = await run(join(BIN, 'attw'), [tarball, '--profile', 'node16', '--format', 'json'], pkg.dir);
  let problems;
  try {
    problems = attwProblems(JSON.parse(attw.stdout));
  } catch {
    problems = undefined;
  }
  result.attwOk = attw.code === 0 && problems !== undefined && problems.length === 0;
  result.attw = result.attwOk ? 'ok' : problems === undefined ? `failed (exit ${attw.code})` : `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  if (!result.attwOk) {
    const table = await run(join(BIN, 'attw'), [tarball, '--profile', 'node16', '--format', 'ascii'], pkg.dir);
    result.details.push(`attw --profile node16:\n${(problems ?? []).map((p) => `  ${p}`).join('\n')}\n${(table.stdout + table.stderr).trim()}`);
  }
  return result;
}

async function inBatches(items, limit, job) {
  const queue = [...items];
  const results = [];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) results.push(await job(item));
    }),
  );
  return results;
}

function table(rows) {
  const header = ['package', 'path', 'publint --strict', 'attw (node16)'];
  const cells = [header, ...rows.map((r) => [r.name, r.path, r.publint, r.attw])];
  const widths = header.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map((r) => line([r.name, r.path, r.publint, r.attw]))].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  let jobs = 3;
  const only = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--jobs') jobs = Math.max(1, Number(args[++i]) || 1);
    else if (args[i] === '--root') ROOT = args[++i];
    else if (args[i] === '--help' || args[i] === '-h') {
      console.log('Usage: node tools/check-packages.mjs [--jobs N] [--root DIR] [name-or-path ...]');
      return 0;
    } else only.push(args[i]);
  }
  let packages = publishablePackages();
  if (only.length) packages = packages.filter((p) => only.includes(p.name) || only.includes(p.path));
  if (packages.length === 0) {
    console.error('check-packages: no publishable packages found');
    return 1;
  }
  const unbuilt = packages.filter((p) => !existsSync(join(p.dir, 'dist')));
  if (unbuilt.length) {
    console.error(`check-packages: build first (pnpm build); no dist/ in ${unbuilt.map((p) => p.path).join(', ')}`);
    return 1;
  }

  const destination = mkdtempSync(join(tmpdir(), 'tclint-check-packages-'));
  try {
    const results = (await inBatches(packages, jobs, (p) => checkPackage(p, destination))).sort((a, b) => a.path.localeCompare(b.path));
    const failed = results.filter((r) => !r.publintOk || !r.attwOk);
    for (const r of failed) console.log(`\n${r.name} (${r.path})\n${r.details.join('\n\n')}`);
    console.log(`\n${table(results)}\n`);
    console.log(failed.length ? `check-packages: ${failed.length} of ${results.length} packages have problems` : `check-packages: all ${results.length} packages pass publint --strict and attw --profile node16`);
    return failed.length ? 1 : 0;
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

process.exitCode = await main();
