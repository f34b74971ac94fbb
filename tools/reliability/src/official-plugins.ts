import { readFileSync } from 'node:fs';
import type { AnyRule, Plugin } from '@tclint/core';

/** The rule packages this workspace package depends on: every `@tclint/indicator-*` and `@tclint/error-*`. */
export const RULE_PACKAGES: readonly string[] = Object.keys(
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies,
).filter((name) => /^@tclint\/(indicator|error)-/.test(name));

export interface LoadedPlugins {
  plugins: Plugin[];
  /** Packages that could not be imported (not built yet) or export no plugin, with the reason. */
  failures: { name: string; reason: string }[];
}

/** Imports every rule package by name, as a user would; a package that fails to load is listed, not thrown. */
export async function loadOfficialPlugins(): Promise<LoadedPlugins> {
  const plugins: Plugin[] = [];
  const failures: LoadedPlugins['failures'] = [];
  for (const name of RULE_PACKAGES) {
    try {
      const mod = (await import(name)) as { plugin?: Plugin; default?: Plugin };
      const plugin = mod.plugin ?? mod.default;
      if (!plugin || typeof plugin !== 'object' || !plugin.rules) failures.push({ name, reason: 'exports no plugin' });
      else plugins.push(plugin);
    } catch (error) {
      failures.push({ name, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
    }
  }
  return { plugins, failures };
}

export interface RuleEntry {
  /** `<namespace>/<id>`. */
  ruleId: string;
  plugin: Plugin;
  rule: AnyRule;
}

/** Every rule of every plugin, by its full id. */
export function everyRule(plugins: readonly Plugin[]): RuleEntry[] {
  return plugins.flatMap((plugin) => Object.entries(plugin.rules).map(([id, rule]) => ({ ruleId: `${plugin.meta.namespace}/${id}`, plugin, rule })));
}
