import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';
import { ROOT } from './workspace.js';

// tools/changeset-dry-run.mjs and tools/check-packages.mjs, run with --root
// against small workspaces made here, so that each check is seen to fail on
// the problem it is for and to pass without it.

const work = mkdtempSync(join(tmpdir(), 'tclint-release-tools-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function workspace(name: string, files: Record<string, string | object>): string {
  const dir = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
  }
  return dir;
}

const script = (name: string, root: string, args: string[] = []) => run(process.execPath, [join(ROOT, 'tools', name), '--root', root, ...args], { cwd: ROOT });

describe('tools/changeset-dry-run.mjs', () => {
  const base = (peerRange: string, changesets: Record<string, string>) => {
    const files: Record<string, string | object> = {
      'package.json': { name: 'fixture', private: true },
      'pnpm-workspace.yaml': 'packages:\n  - packages/*\n  - tools/*\n',
      'packages/core/package.json': { name: '@fx/core', version: '0.1.0' },
      'packages/plugin/package.json': { name: '@fx/plugin', version: '0.1.0', peerDependencies: { '@fx/core': peerRange }, devDependencies: { '@fx/core': 'workspace:^' } },
      'tools/helper/package.json': { name: '@fx/helper', version: '0.0.0', private: true },
    };
    for (const [file, text] of Object.entries(changesets)) files[`.changeset/${file}`] = text;
    const dir = workspace(`changesets-${Object.keys(files).length}-${peerRange.replace(/\W+/g, '')}-${Object.keys(changesets).join('-')}`, files);
    cpSync(join(ROOT, '.changeset/config.json'), join(dir, '.changeset/config.json'));
    return dir;
  };
  const both = { 'first.md': '---\n"@fx/core": minor\n"@fx/plugin": minor\n---\n\nFirst release.\n' };

  it('catches the major bump a peer dependency out of range causes', async () => {
    const result = await script('changeset-dry-run.mjs', base('workspace:^', both));
    expect(result.stdout).toContain('@fx/plugin (packages/plugin): major bump no changeset asked for (peer dependency out of range: @fx/core workspace:^ -> 0.2.0)');
    expect(result.code).toBe(1);
  });

  it('passes when every package gets the minor its changeset asks for', async () => {
    const result = await script('changeset-dry-run.mjs', base('workspace:>=0.1.0 <1.0.0', both));
    expect(result.stdout).toMatch(/\| @fx\/plugin +\| packages\/plugin +\| 0\.1\.0 \| 0\.2\.0 \| minor \| minor +\| +\|/);
    expect(result.stdout).toContain('changeset dry run: 2 packages get new versions, none an unintended major');
    expect(result.code).toBe(0);
  });

  it('accepts a major that a changeset asks for', async () => {
    const result = await script('changeset-dry-run.mjs', base('workspace:^', { 'first.md': '---\n"@fx/core": minor\n"@fx/plugin": major\n---\n\nBreaking.\n' }));
    expect(result.stdout).toMatch(/\| @fx\/plugin +\| packages\/plugin +\| 0\.1\.0 \| 1\.0\.0 \| major \| major +\| +\|/);
    expect(result.code).toBe(0);
  });

  it('names a publishable package that no changeset bumps', async () => {
    const result = await script('changeset-dry-run.mjs', base('workspace:>=0.1.0 <1.0.0', { 'core.md': '---\n"@fx/core": patch\n---\n\nA fix.\n' }));
    expect(result.stdout).toContain('@fx/plugin (packages/plugin): never released and no new version (add a changeset)');
    expect(result.stdout).not.toContain('@fx/helper');
    expect(result.code).toBe(1);
  });

  it('after a release, a core minor leaves a plugin alone: its peer range still holds and it has no changeset', async () => {
    const dir = base('workspace:>=0.1.0 <1.0.0', { 'feature.md': '---\n"@fx/core": minor\n---\n\nA feature.\n' });
    writeFileSync(join(dir, 'packages/core/CHANGELOG.md'), '# @fx/core\n\n## 0.1.0\n');
    writeFileSync(join(dir, 'packages/plugin/CHANGELOG.md'), '# @fx/plugin\n\n## 0.1.0\n');
    const result = await script('changeset-dry-run.mjs', dir);
    expect(result.stdout).toMatch(/\| @fx\/core +\| packages\/core +\| 0\.1\.0 \| 0\.2\.0 \| minor \| minor +\| +\|/);
    expect(result.stdout).not.toContain('@fx/plugin');
    expect(result.code).toBe(0);
  });

  it('passes with nothing pending once every package has been released, and fails when one never was', async () => {
    const dir = base('workspace:>=0.1.0 <1.0.0', {});
    writeFileSync(join(dir, 'packages/core/CHANGELOG.md'), '# @fx/core\n\n## 0.1.0\n');
    const unreleased = await script('changeset-dry-run.mjs', dir);
    expect(unreleased.stdout).toContain('.changeset/ has no changesets, and @fx/plugin has never been released');
    expect(unreleased.code).toBe(1);
    writeFileSync(join(dir, 'packages/plugin/CHANGELOG.md'), '# @fx/plugin\n\n## 0.1.0\n');
    const released = await script('changeset-dry-run.mjs', dir);
    expect(released.stdout).toContain('changeset dry run: no pending changesets, nothing to version');
    expect(released.code).toBe(0);
  });

  it('names a changeset for a package that does not exist', async () => {
    const result = await script('changeset-dry-run.mjs', base('workspace:>=0.1.0 <1.0.0', { ...both, 'typo.md': '---\n"@fx/plugn": minor\n---\n\nTypo.\n' }));
    expect(result.stdout).toContain('.changeset/typo.md: "@fx/plugn" is not a package of the workspace');
    expect(result.code).toBe(1);
  });
});

describe('tools/check-packages.mjs', () => {
  const dist = {
    'dist/index.js': 'export const answer = 42;\n',
    'dist/index.cjs': "'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\nexports.answer = 42;\n",
    'dist/index.d.ts': 'export declare const answer = 42;\n',
    'dist/index.d.cts': 'export declare const answer = 42;\n',
    'README.md': '# fixture\n',
    LICENSE: 'MIT\n',
  };
  const manifest = (name: string, exports: object) => ({
    name,
    version: '0.1.0',
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20' },
    exports,
    main: './dist/index.cjs',
    module: './dist/index.js',
    types: './dist/index.d.cts',
    files: ['dist', 'README.md', 'LICENSE'],
  });
  const prefixed = (prefix: string, files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([p, c]) => [`${prefix}/${p}`, c]));

  it('passes a package with separate types for import and require, and fails one types file for both', async () => {
    const dir = workspace('packages', {
      'package.json': { name: 'fixture', private: true },
      'packages/good/package.json': manifest('@fx/good', {
        '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' }, require: { types: './dist/index.d.cts', default: './dist/index.cjs' } },
        './package.json': './package.json',
      }),
      ...prefixed('packages/good', dist),
      'packages/bad/package.json': manifest('@fx/bad', { '.': { types: './dist/index.d.ts', import: './dist/index.js', require: './dist/index.cjs' } }),
      ...prefixed('packages/bad', dist),
      'packages/hidden/package.json': { name: '@fx/hidden', version: '0.0.0', private: true },
    });
    const result = await script('check-packages.mjs', dir, ['--jobs', '2']);
    expect(result.stdout).toMatch(/\| @fx\/good +\| packages\/good +\| ok +\| ok +\|/);
    expect(result.stdout).toMatch(/\| @fx\/bad +\| packages\/bad +\| \d+ problems? +\| \d+ problems? +\|/);
    expect(result.stdout).toContain('FalseESM');
    expect(result.stdout).not.toContain('@fx/hidden');
    expect(result.stdout).toContain('check-packages: 1 of 2 packages have problems');
    expect(result.code).toBe(1);
  });

  it('fails a package that ships no types', async () => {
    const untyped = Object.fromEntries(Object.entries(dist).filter(([path]) => !path.includes('.d.')));
    const dir = workspace('untyped', {
      'package.json': { name: 'fixture', private: true },
      'packages/untyped/package.json': { name: '@fx/untyped', version: '0.1.0', license: 'MIT', type: 'module', sideEffects: false, engines: { node: '>=20' }, exports: { '.': { import: './dist/index.js', require: './dist/index.cjs' } }, files: ['dist', 'README.md', 'LICENSE'] },
      ...prefixed('packages/untyped', untyped),
    });
    const result = await script('check-packages.mjs', dir);
    expect(result.stdout).toContain('NoTypes: the package ships no type declarations');
    expect(result.code).toBe(1);
  });
});
