import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOk } from './run.js';

/**
 * Makes an npm project in `dir` that depends on `dependencies` (package
 * names) from their tarballs, and installs it with npm, as a user would.
 * Every packed package is also an override, so whatever depends on a tclint
 * package gets it from its tarball and never from the registry; third-party
 * dependencies (ipaddr.js, tr46, yaml, ...) do come from the registry.
 */
export async function installFromTarballs(dir: string, dependencies: readonly string[], tarballs: ReadonlyMap<string, string>): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const spec = (name: string) => {
    const file = tarballs.get(name);
    if (!file) throw new Error(`no tarball for ${name}`);
    return `file:${file}`;
  };
  const manifest = {
    name: 'tclint-pack-test-project',
    version: '0.0.0',
    private: true,
    dependencies: Object.fromEntries(dependencies.map((name) => [name, spec(name)])),
    overrides: Object.fromEntries([...tarballs.keys()].map((name) => [name, spec(name)])),
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  await runOk('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
}
