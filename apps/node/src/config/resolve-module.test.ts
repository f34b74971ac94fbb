import { describe, expect, it } from 'vitest';
import { packageCandidates, resolveFrom } from './resolve-module.js';
import { tempDir } from '../testing/temp.js';

describe('packageCandidates', () => {
  it('tries the prefixed name first, then the bare name, like ESLint', () => {
    expect(packageCandidates('acme', 'tclint-plugin')).toEqual(['tclint-plugin-acme', 'acme']);
    expect(packageCandidates('tclint-plugin-acme', 'tclint-plugin')).toEqual(['tclint-plugin-acme']);
    expect(packageCandidates('@scope/acme', 'tclint-plugin')).toEqual(['@scope/tclint-plugin-acme', '@scope/acme']);
    expect(packageCandidates('@scope/tclint-plugin-acme', 'tclint-plugin')).toEqual(['@scope/tclint-plugin-acme']);
    expect(packageCandidates('@scope', 'tclint-plugin')).toEqual(['@scope/tclint-plugin']);
    expect(packageCandidates('./local.js', 'tclint-plugin')).toEqual(['./local.js']);
  });
});

describe('resolveFrom', () => {
  it('finds packages up the tree through exports conditions, main, or index.js', async () => {
    const t = tempDir({
      'node_modules/esm-only/package.json': JSON.stringify({ exports: { '.': { import: { types: './x.d.ts', default: './dist/x.js' } }, './extra': './dist/extra.js' } }),
      'node_modules/esm-only/dist/x.js': '',
      'node_modules/esm-only/dist/extra.js': '',
      'node_modules/cjs/package.json': JSON.stringify({ main: './lib' }),
      'node_modules/cjs/lib/index.js': '',
      'node_modules/sugar/package.json': JSON.stringify({ exports: './main.mjs' }),
      'node_modules/sugar/main.mjs': '',
      'node_modules/@s/p/package.json': '{}',
      'node_modules/@s/p/index.js': '',
      'a/b/c/.keep': '',
    });
    const from = t.path('a/b/c');
    expect(await resolveFrom(from, 'esm-only')).toBe(t.path('node_modules/esm-only/dist/x.js'));
    expect(await resolveFrom(from, 'esm-only/extra')).toBe(t.path('node_modules/esm-only/dist/extra.js'));
    expect(await resolveFrom(from, 'esm-only/hidden')).toBeUndefined();
    expect(await resolveFrom(from, 'cjs')).toBe(t.path('node_modules/cjs/lib/index.js'));
    expect(await resolveFrom(from, 'sugar')).toBe(t.path('node_modules/sugar/main.mjs'));
    expect(await resolveFrom(from, '@s/p')).toBe(t.path('node_modules/@s/p/index.js'));
    expect(await resolveFrom(from, 'absent')).toBeUndefined();
    expect(await resolveFrom(t.dir, './node_modules/cjs/lib/index')).toBe(t.path('node_modules/cjs/lib/index.js'));
  });

  it('follows subpath patterns, self-references and require-only exports, as Node does', async () => {
    const t = tempDir({
      'node_modules/tclint-plugin-kit/package.json': JSON.stringify({ name: 'tclint-plugin-kit', exports: { '.': './main.js', './rules/*': './dist/rules/*.js', './internal/*': null } }),
      'node_modules/tclint-plugin-kit/main.js': '',
      'node_modules/tclint-plugin-kit/dist/rules/ip.js': '',
      'node_modules/tclint-plugin-kit/internal/x.js': '',
      'node_modules/cjs-only/package.json': JSON.stringify({ exports: { require: './index.cjs' } }),
      'node_modules/cjs-only/index.cjs': '',
      'self/package.json': JSON.stringify({ name: 'tclint-plugin-self', exports: { '.': './plugin.js' } }),
      'self/plugin.js': '',
      'self/config/.keep': '',
    });
    expect(await resolveFrom(t.dir, 'tclint-plugin-kit/rules/ip')).toBe(t.path('node_modules/tclint-plugin-kit/dist/rules/ip.js'));
    expect(await resolveFrom(t.dir, 'tclint-plugin-kit/internal/x')).toBeUndefined();
    expect(await resolveFrom(t.dir, 'cjs-only')).toBe(t.path('node_modules/cjs-only/index.cjs'));
    expect(await resolveFrom(t.path('self/config'), 'tclint-plugin-self')).toBe(t.path('self/plugin.js'));
    expect(await resolveFrom(t.dir, 'node:fs')).toBeUndefined();
  });
});
