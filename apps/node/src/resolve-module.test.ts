import { describe, expect, it } from 'vitest';
import { packageCandidates, resolveFrom } from './resolve-module.js';
import { tempDir } from './testing/temp.js';

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
  it('finds packages up the tree through exports conditions, main, or index.js', () => {
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
    expect(resolveFrom(from, 'esm-only')).toBe(t.path('node_modules/esm-only/dist/x.js'));
    expect(resolveFrom(from, 'esm-only/extra')).toBe(t.path('node_modules/esm-only/dist/extra.js'));
    expect(resolveFrom(from, 'esm-only/hidden')).toBeUndefined();
    expect(resolveFrom(from, 'cjs')).toBe(t.path('node_modules/cjs/lib/index.js'));
    expect(resolveFrom(from, 'sugar')).toBe(t.path('node_modules/sugar/main.mjs'));
    expect(resolveFrom(from, '@s/p')).toBe(t.path('node_modules/@s/p/index.js'));
    expect(resolveFrom(from, 'absent')).toBeUndefined();
    expect(resolveFrom(t.dir, './node_modules/cjs/lib/index')).toBe(t.path('node_modules/cjs/lib/index.js'));
  });
});
