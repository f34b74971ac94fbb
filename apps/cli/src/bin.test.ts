import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The `tclint` bin is a small file kept in the source that loads dist/cli.js:
// `pnpm install` links it before the first build (no "Failed to create bin").
const PACKAGE = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; files: string[] };
const node = (file: string, args: string[]) => spawnSync(process.execPath, [file, ...args], { encoding: 'utf8' });

describe('the tclint bin', () => {
  it('is bin/tclint.js, published with the package', () => {
    expect(manifest.bin).toEqual({ tclint: './bin/tclint.js' });
    expect(manifest.files).toContain('bin');
  });

  it('runs the built command', () => {
    expect(node(join(PACKAGE, 'bin/tclint.js'), ['--version'])).toMatchObject({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('says how to build when dist/ is missing: exit 2, no stack trace', () => {
    const unbuilt = mkdtempSync(join(tmpdir(), 'tclint-unbuilt-'));
    cpSync(join(PACKAGE, 'bin'), join(unbuilt, 'bin'), { recursive: true });
    writeFileSync(join(unbuilt, 'package.json'), '{ "type": "module" }\n');
    const result = node(join(unbuilt, 'bin/tclint.js'), ['--version']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('tclint: the command is not built yet (dist/cli.js is missing). In the tclint repository, run it with `pnpm -s tclint ...` (which builds first) or run `pnpm build`.\n');
  });
});
