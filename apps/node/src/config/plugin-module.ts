import type { Plugin } from '@tclint/core';

/** Whether a value has the shape of a tclint plugin. */
export function isPlugin(value: unknown): value is Plugin {
  if (!value || typeof value !== 'object') return false;
  const { meta, rules } = value as Partial<Plugin>;
  return !!meta && typeof meta.namespace === 'string' && typeof meta.name === 'string' && !!rules && typeof rules === 'object';
}

/** The plugin a module exports: its `plugin` export or its default export (ESM or CommonJS). */
export function pluginOf(mod: Record<string, unknown>): Plugin | undefined {
  const fallback = mod.default as Record<string, unknown> | undefined;
  return [mod.plugin, mod.default, fallback?.plugin, fallback?.default].find(isPlugin);
}
