#!/usr/bin/env node
// CPU profile of tclint fix: node src/profile.mjs [--size 100k] [--kind cidr6|mixed|clean95|both] [--top 25]
// Runs `node --cpu-prof` on the CLI over a corpus and prints the functions and files with the most self time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus, parseSize } from './corpus/files.mjs';
import { tclintCli } from './measure/commands.mjs';
import { summarizeProfile } from './measure/cpu-profile.mjs';
import { textTable } from './report/format.mjs';
import { scriptArgs } from './args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ args: scriptArgs(), options: { size: { type: 'string', default: '100k' }, kind: { type: 'string', default: 'both' }, top: { type: 'string', default: '25' } } });
const cli = tclintCli();
if (!cli) throw new Error('the tclint CLI is not built (apps/cli/dist)');

for (const kind of values.kind === 'both' ? ['cidr6', 'mixed'] : [values.kind]) {
  const { path } = ensureCorpus(kind, parseSize(values.size), { log: console.error });
  const dir = mkdtempSync(join(tmpdir(), 'tclint-prof-'));
  const args = kind === 'cidr6' ? ['fix', '--type', 'cidr', path] : ['fix', path];
  const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, cli, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
  const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
  const summary = summarizeProfile(file, { root: ROOT });
  const top = Number(values.top);
  console.log(`\ntclint ${args.join(' ')} (exit ${run.status}); ${(summary.totalMs / 1000).toFixed(2)} s sampled; profile: ${file}\n`);
  console.log(textTable([['self %', 'self ms', 'function', 'where'], ...summary.functions.slice(0, top).map((f) => [f.percent.toFixed(1), f.selfMs.toFixed(0), f.name, f.where])]));
  console.log('');
  console.log(textTable([['self %', 'self ms', 'file'], ...summary.files.slice(0, 12).map((f) => [f.percent.toFixed(1), f.selfMs.toFixed(0), f.file])]));
}
