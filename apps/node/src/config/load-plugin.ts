import type { Plugin } from '@tclint/core';
import { pluginOf } from './plugin-module.js';
import { importFile, packageCandidates, resolveFrom } from './resolve-module.js';

export type PluginLoad = { plugin: Plugin; packageName: string; file: string } | { problem: string };

/**
 * Loads a plugin named in a JSON/YAML config, resolved from the config file's
 * directory: `tclint-plugin-<name>` (`@scope/tclint-plugin-<name>`) first,
 * then the bare name, or a relative path.
 */
export async function loadPlugin(name: string, fromDir: string): Promise<PluginLoad> {
  const tried = packageCandidates(name, 'tclint-plugin');
  for (const candidate of tried) {
    const file = await resolveFrom(fromDir, candidate);
    if (!file) continue;
    let mod: Record<string, unknown>;
    try {
      mod = await importFile(file);
    } catch (error) {
      return { problem: `plugin "${name}": loading "${candidate}" failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const plugin = pluginOf(mod);
    if (!plugin) return { problem: `plugin "${name}": "${candidate}" is not a tclint plugin (it exports no object with meta.name, meta.namespace and rules)` };
    return { plugin, packageName: candidate, file };
  }
  return { problem: `plugin "${name}": cannot find ${tried.map((t) => `"${t}"`).join(' or ')} from ${fromDir} (is it installed?)` };
}
