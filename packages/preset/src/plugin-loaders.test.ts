import { indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { createLinterWith } from './compose.js';
import { createLinter } from './linter.js';
import { OFFICIAL_PLUGINS } from './official.js';
import { loadOfficialPlugins, neededLoaders, OFFICIAL_PLUGIN_LOADERS } from './plugin-loaders.js';

describe('OFFICIAL_PLUGIN_LOADERS', () => {
  it('are the official plugins, in their order, each saying what it checks without being loaded', async () => {
    expect(OFFICIAL_PLUGIN_LOADERS.map((l) => l.namespace)).toEqual(OFFICIAL_PLUGINS.map((p) => p.meta.namespace));
    const loaded = await Promise.all(OFFICIAL_PLUGIN_LOADERS.map((l) => l.load()));
    loaded.forEach((plugin, i) => {
      const loader = OFFICIAL_PLUGIN_LOADERS[i]!;
      const rules = Object.values(plugin.rules);
      expect(plugin, loader.namespace).toBe(OFFICIAL_PLUGINS[i]);
      expect(loader.packageName).toBe(plugin.meta.name);
      expect(loader.errorClass, loader.namespace).toBe(rules.every((r) => r.meta.subject !== 'indicator'));
      const types = [...new Set(rules.flatMap((r) => (r.meta.subject === 'indicator' ? (r.meta.types ?? ['(every type)']) : [])))];
      expect([...loader.types].sort(), loader.namespace).toEqual(types.sort());
    });
  });

  it('a run of one type needs its packages only; untyped runs need every indicator package; error classes on request', () => {
    expect(neededLoaders({ types: ['ASN'], errorClasses: false }).map((l) => l.namespace)).toEqual(['asn']);
    expect(neededLoaders({ types: ['Host'], errorClasses: false }).map((l) => l.namespace)).toEqual(['host', 'defanged']);
    expect(neededLoaders({ errorClasses: false })).toHaveLength(13);
    expect(neededLoaders({ types: [] }).map((l) => l.namespace)).toEqual(['signature', 'timestamp', 'access-denied', 'unauthorized', 'tcex-main']);
    expect(neededLoaders()).toEqual(OFFICIAL_PLUGIN_LOADERS);
  });

  it('a linter of the loaded plugins checks a value of their type as the full linter does', async () => {
    const plugins = await loadOfficialPlugins({ types: ['CIDR'], errorClasses: false });
    expect(plugins.map((p) => p.meta.namespace)).toEqual(['cidr', 'defanged']);
    const subject = indicator('CIDR', { Block: '10.1.2.3/8' });
    expect(createLinterWith(plugins).fix(subject)).toEqual(createLinter().fix(subject));
  });
});
