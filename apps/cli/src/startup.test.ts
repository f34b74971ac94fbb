import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI } from './test-harness.js';

// Start-up (issue 18 item 4) guarded by counting what a run loads, not by timing it: a module hook records every
// module the built command resolves; an eager import added on the `check --type asn` path shows up here.
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const found = await next(specifier, context);
  appendFileSync(process.env.TCLINT_LOADED_LOG, found.url + '\\n');
  return found;
}
`;

/** The module URLs a run of the built command resolves (each once). */
function loadedBy(args: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tclint-startup-'));
  const hooks = join(dir, 'hooks.mjs');
  const register = join(dir, 'register.mjs');
  const log = join(dir, 'loaded.log');
  writeFileSync(hooks, HOOKS);
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, CLI, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TCLINT_LOADED_LOG: log },
  });
  expect(run.stderr).toBe('');
  return [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
}

const bytesOf = (urls: readonly string[]) => urls.filter((u) => u.startsWith('file:')).reduce((sum, u) => sum + statSync(fileURLToPath(u)).size, 0);

describe('tclint check --type asn on one line loads only what it uses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tclint-startup-input-'));
  const input = join(dir, 'asns.txt');
  writeFileSync(input, 'AS 123\n');
  const loaded = loadedBy(['check', '--type', 'asn', input]);
  const own = loaded.filter((u) => u.startsWith('file:') && fileURLToPath(u).startsWith(DIST)).map((u) => basename(fileURLToPath(u)));

  it('reads no other command, nor the --jobs worker', () => {
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((file) => /^(fix|diagnose|sign|types|rules|init|lint-worker)[-.]/.test(file))).toEqual([]);
  });

  it('reads no builtin or package that only other paths need', () => {
    const builtins = loaded.filter((u) => u.startsWith('node:')).map((u) => u.slice('node:'.length));
    for (const unused of ['crypto', 'worker_threads', 'child_process', 'http', 'https', 'net', 'readline']) expect(builtins).not.toContain(unused);
    const packages = loaded.filter((u) => u.includes('/node_modules/') || /\/packages\//.test(u)).map((u) => fileURLToPath(u));
    // the one rule package that checks ASN, with what it imports; no other rule package, no config loader, no markdown
    expect(packages.filter((path) => /\/packages\/indicators\//.test(path)).every((path) => path.includes('/packages/indicators/asn/'))).toBe(true);
    for (const unused of ['/packages/errors/', '/packages/client/', '/packages/tc-auth/', '/packages/hostname/', '/packages/ip/', 'jsonc-parser', 'import-meta-resolve', 'yaml', 'marked', 'tr46', 'ipaddr']) {
      expect(packages.filter((path) => path.includes(unused))).toEqual([]);
    }
  });

  it("parses at most 200 kB of the command's own code (352 kB in one file before the split)", () => {
    const ownUrls = loaded.filter((u) => u.startsWith('file:') && fileURLToPath(u).startsWith(DIST));
    expect(bytesOf(ownUrls)).toBeLessThanOrEqual(200_000);
    // core, tc-types with java-regex and the ASN package come on top: each once (tc-types is not bundled a second time)
    expect(bytesOf(loaded)).toBeLessThanOrEqual(400_000);
  });
});

describe('tclint --version', () => {
  it('reads only the dispatch code', () => {
    const loaded = loadedBy(['--version']);
    const files = loaded.filter((u) => u.startsWith('file:'));
    expect(files.every((u) => fileURLToPath(u).startsWith(DIST) || u.endsWith('/register.mjs'))).toBe(true);
    expect(bytesOf(files.filter((u) => fileURLToPath(u).startsWith(DIST)))).toBeLessThanOrEqual(15_000);
  });
});
