import { ConfigError, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from './config.js';
import { createLinter } from '@tclint/preset';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { tempDir } from '../testing/temp.js';

const acmePlugin = (namespace: string, extra = '') => `
const rule = {
  meta: { id: 'no-foo', subject: 'indicator', description: 'No foo', messages: { foo: 'foo is not allowed' }, severity: 'warn' ${extra} },
  check(subject, ctx) { if (Object.values(subject.values).includes('foo')) ctx.report({ messageId: 'foo' }); },
};
export const plugin = { meta: { name: 'tclint-plugin-${namespace}', namespace: '${namespace}' }, rules: { 'no-foo': rule }, configs: { strict: { rules: { '${namespace}/no-foo': 'error' } } } };
export default plugin;
`;

function pluginPackage(dir: string, name: string, namespace: string, files: Record<string, string> = {}) {
  return {
    [`${dir}/node_modules/${name}/package.json`]: JSON.stringify({ name, type: 'module', exports: { '.': { import: { default: './index.js' }, require: './index.cjs' } } }),
    [`${dir}/node_modules/${name}/index.js`]: acmePlugin(namespace),
    ...files,
  };
}

async function problemsOf(promise: Promise<unknown>): Promise<readonly string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('findConfigFile', () => {
  it('walks up to the nearest config, stopping at a package root', () => {
    const t = tempDir({ 'repo/package.json': '{}', 'repo/tclint.config.json': '{}', 'repo/a/b/keep': '', 'tclint.config.yaml': '' });
    expect(findConfigFile(t.path('repo/a/b'))).toBe(t.path('repo/tclint.config.json'));
    const u = tempDir({ 'pkg/package.json': '{}', 'pkg/src/x': '', 'tclint.config.json': '{}' });
    expect(findConfigFile(u.path('pkg/src'))).toBeUndefined();
  });

  it('prefers js, mjs, json, yaml, yml in that order', () => {
    const t = tempDir({ 'tclint.config.yml': '', 'tclint.config.json': '{}', 'package.json': '{}' });
    expect(findConfigFile(t.dir)).toBe(t.path('tclint.config.json'));
  });
});

describe('loadConfig', () => {
  it('returns no config when there is no file', async () => {
    const t = tempDir({ 'package.json': '{}' });
    expect(await loadConfig(t.dir, { plugins: TEST_PLUGINS })).toEqual({ plugins: [] });
  });

  it('JSON: resolves tclint-plugin-<name> from the config directory; extends defaults to recommended', async () => {
    const t = tempDir({
      ...pluginPackage('proj', 'tclint-plugin-acme', 'acme'),
      'proj/package.json': '{}',
      'proj/tclint.config.json': JSON.stringify({ plugins: ['acme'], rules: { 'asn/prefix': 'warn', 'acme/no-foo': 'error' } }),
      'proj/sub/x': '',
    });
    const loaded = await loadConfig(t.path('proj/sub'), { plugins: TEST_PLUGINS });
    expect(loaded.filePath).toBe(t.path('proj/tclint.config.json'));
    expect(loaded.plugins.map((p) => p.meta.namespace)).toEqual(['acme']);
    const linter = createLinter({ plugins: TEST_PLUGINS, config: loaded.config! });
    expect(linter.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([['asn/prefix', 'warning']]);
    expect(linter.check(indicator('Host', { hostName: 'foo' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([['acme/no-foo', 'error']]);
    expect(linter.check(indicator('Host', { hostName: 'h.example.' })).messages.map((m) => m.ruleId)).toEqual(['host/trailing-dot']);
  });

  it('YAML: scoped names, bare names, plugin presets and extends: []', async () => {
    const t = tempDir({
      ...pluginPackage('', '@corp/tclint-plugin-intel', 'intel'),
      ...pluginPackage('', 'plain-plugin', 'plain'),
      'package.json': '{}',
      'tclint.config.yaml': 'extends:\n  - intel/strict\nplugins:\n  - "@corp/intel"\n  - plain-plugin\nrules:\n  plain/no-foo: warn\n',
    });
    const loaded = await loadConfig(t.dir, { plugins: TEST_PLUGINS });
    const linter = createLinter({ plugins: TEST_PLUGINS, config: loaded.config! });
    expect(linter.check(indicator('Host', { hostName: 'foo' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['intel/no-foo', 'error'],
      ['plain/no-foo', 'warning'],
    ]);
    // no "recommended" in extends: the test plugins' rules are off
    expect(linter.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages).toEqual([]);
  });

  it('a plugin package with CommonJS only, and a relative path', async () => {
    const t = tempDir({
      'node_modules/tclint-plugin-cjs/package.json': JSON.stringify({ name: 'tclint-plugin-cjs', main: 'lib/main.js' }),
      'node_modules/tclint-plugin-cjs/lib/main.js': "module.exports = { meta: { name: 'tclint-plugin-cjs', namespace: 'cjs' }, rules: {} };",
      'plugins/local.mjs': acmePlugin('local'),
      'package.json': '{}',
      'tclint.config.yml': 'plugins: [cjs, ./plugins/local.mjs]\nextends: [recommended]\n',
    });
    const loaded = await loadConfig(t.dir, { plugins: TEST_PLUGINS });
    expect(loaded.plugins.map((p) => p.meta.namespace)).toEqual(['cjs', 'local']);
    const linter = createLinter({ plugins: TEST_PLUGINS, config: loaded.config! });
    expect(linter.check(indicator('Host', { hostName: 'foo' })).messages.map((m) => m.ruleId)).toEqual(['local/no-foo']);
  });

  it('collects every load problem and throws them together', async () => {
    const t = tempDir({
      'node_modules/tclint-plugin-empty/package.json': JSON.stringify({ name: 'tclint-plugin-empty', type: 'module', main: 'index.js' }),
      'node_modules/tclint-plugin-empty/index.js': 'export default { hello: 1 };',
      'package.json': '{}',
      'tclint.config.json': JSON.stringify({
        plugins: ['missing', 'empty'],
        extends: ['recommended', 'nonsense'],
        rules: { 'asn/prefix': 'loud', 'asn/nope': 'error', 'asn/private': ['warn', { allow: 'yes' }], 'missing/rule': 'error' },
        extra: true,
      }),
    });
    const problems = await problemsOf(loadConfig(t.dir, { plugins: TEST_PLUGINS }));
    expect(problems).toEqual([
      'tclint.config.json: unknown key "extra" (expected extends, plugins, rules, settings, indicatorTypes, input)',
      'tclint.config.json: plugin "missing": cannot find "tclint-plugin-missing" or "missing" from ' + t.dir + ' (is it installed?)',
      'tclint.config.json: plugin "empty": "tclint-plugin-empty" is not a tclint plugin (it exports no object with meta.name, meta.namespace and rules)',
      'tclint.config.json: extends "nonsense": unknown preset (use "recommended" or "<namespace>/<config>", e.g. "asn/recommended")',
      'tclint.config.json: config "tclint.config.json": rule "asn/prefix": severity must be "off", "warn" or "error" (got "loud")',
      'tclint.config.json: rule "asn/private": invalid options: allow: "allow" must be a boolean',
      'tclint.config.json: rule "asn/nope": plugin "test-asn" has no rule "nope"',
    ]);
  });

  it('reports unparsable files', async () => {
    const t = tempDir({ 'package.json': '{}', 'tclint.config.json': '{ "rules": ' });
    expect(await problemsOf(loadConfig(t.dir, { plugins: TEST_PLUGINS }))).toEqual([expect.stringMatching(/^tclint\.config\.json: cannot parse: /)]);
    const y = tempDir({ 'package.json': '{}', 'tclint.config.yaml': '- a\n- b\n' });
    expect(await problemsOf(loadConfig(y.dir, { plugins: TEST_PLUGINS }))).toEqual(['tclint.config.yaml: must be an object with "plugins", "rules", "extends" or "settings"']);
  });

  it('JS config: a flat config array with imported plugin objects', async () => {
    const t = tempDir({
      'package.json': '{"type":"module"}',
      'acme.js': acmePlugin('acme'),
      'tclint.config.js': "import acme from './acme.js';\nexport default [{ plugins: { acme }, rules: { 'acme/no-foo': 'error', 'asn/prefix': 'off' } }];\n",
    });
    const loaded = await loadConfig(t.dir, { plugins: TEST_PLUGINS });
    expect(loaded.filePath).toBe(t.path('tclint.config.js'));
    const linter = createLinter({ plugins: TEST_PLUGINS, config: loaded.config! });
    expect(linter.check(indicator('Host', { hostName: 'foo' })).messages.map((m) => m.ruleId)).toEqual(['acme/no-foo']);
    expect(linter.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages).toEqual([]);
  });

  it('JS config: load errors and invalid rules are reported', async () => {
    const t = tempDir({ 'package.json': '{}', 'tclint.config.mjs': "export default [{ rules: { 'ghost/rule': 'error' } }];" });
    expect(await problemsOf(loadConfig(t.dir, { plugins: TEST_PLUGINS }))).toEqual(['tclint.config.mjs: rule "ghost/rule": no plugin with namespace "ghost" is loaded']);
    const u = tempDir({ 'package.json': '{}', 'tclint.config.mjs': 'export default 42;' });
    expect(await problemsOf(loadConfig(u.dir, { plugins: TEST_PLUGINS }))).toEqual(['tclint.config.mjs: must export a flat config array as its default export']);
    const v = tempDir({ 'package.json': '{}', 'tclint.config.mjs': 'export default [;' });
    expect(await problemsOf(loadConfig(v.dir, { plugins: TEST_PLUGINS }))).toEqual([expect.stringMatching(/^tclint\.config\.mjs: loading failed: /)]);
  });

  it('an explicit config file, relative to cwd', async () => {
    const t = tempDir({ 'conf/mine.yml': 'rules:\n  asn/prefix: off\n' });
    const loaded = await loadConfig(t.dir, { configFile: 'conf/mine.yml', plugins: TEST_PLUGINS });
    expect(loaded.filePath).toBe(t.path('conf/mine.yml'));
    const missing = await problemsOf(loadConfig(t.dir, { configFile: 'nope.json', plugins: TEST_PLUGINS }));
    expect(missing[0]).toMatch(/nope\.json: cannot read the config file/);
  });
});
