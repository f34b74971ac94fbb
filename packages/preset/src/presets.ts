import type { ConfigEntry, Plugin, RuleSetting } from '@tclint/core';

/** A plugin's recommended config, or every rule at its default severity when it gives none. */
export function recommendedOf(plugin: Plugin): ConfigEntry {
  const given = plugin.configs?.recommended;
  if (given) return given;
  const rules: Record<string, RuleSetting> = {};
  for (const [id, rule] of Object.entries(plugin.rules)) rules[`${plugin.meta.namespace}/${id}`] = rule.meta.severity ?? 'error';
  return { name: `${plugin.meta.namespace}/recommended`, plugins: { [plugin.meta.namespace]: plugin }, rules };
}

/**
 * The config entries of a preset named in `extends`: `recommended` (the
 * recommended config of every loaded plugin) or `<namespace>/<config>` (one
 * plugin's config, e.g. `asn/recommended`). A string is a problem.
 */
export function presetEntries(name: string, plugins: readonly Plugin[]): ConfigEntry[] | string {
  if (name === 'recommended') return plugins.map(recommendedOf);
  const slash = name.lastIndexOf('/');
  if (slash > 0) {
    const namespace = name.slice(0, slash);
    const configName = name.slice(slash + 1);
    const plugin = plugins.find((p) => p.meta.namespace === namespace);
    if (!plugin) return `extends "${name}": no loaded plugin has the namespace "${namespace}"`;
    if (configName === 'recommended') return [recommendedOf(plugin)];
    const entry = plugin.configs?.[configName];
    if (!entry) return `extends "${name}": plugin "${plugin.meta.name}" has no config "${configName}" (it has ${Object.keys(plugin.configs ?? {}).join(', ') || 'none'})`;
    return [{ ...entry, plugins: { [namespace]: plugin, ...entry.plugins } }];
  }
  return `extends "${name}": unknown preset (use "recommended" or "<namespace>/<config>", e.g. "asn/recommended")`;
}
