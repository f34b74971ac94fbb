import { ConfigError, resolveConfig, type ConfigEntry, type Plugin } from '@tclint/core';
import { readInputSettings, type InputSettings } from '@tclint/formats';
import { loadOfficialPlugins, presetEntries } from '@tclint/preset';
import { customTypesPlugin, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { findConfigFile } from './find-config.js';
import { INDICATOR_TYPES_FILE, resolveIndicatorTypes, type LoadedIndicatorTypes } from '../indicator-types/load.js';
import { loadPlugin } from './load-plugin.js';
import { importFile } from './resolve-module.js';

export { CONFIG_FILES, findConfigFile } from './find-config.js';

export interface LoadConfigOptions {
  /** A config file to use instead of looking for one (relative to `cwd`). */
  configFile?: string;
  /** The plugins the linter will have loaded anyway (default: every official package). */
  plugins?: readonly Plugin[];
  /** A saved indicatorTypes reply to use instead of the config's and `tclint.indicator-types.json` (`--indicator-types`, relative to `cwd`). */
  indicatorTypes?: string;
}

export interface LoadedConfig {
  /** The config file used; undefined when none was found. */
  filePath?: string;
  /**
   * The flat config to give `createLinter({ config })`; undefined when no file
   * was found (the linter then uses its recommended configs).
   */
  config?: ConfigEntry[];
  /** Plugins a JSON/YAML config named, as loaded. */
  plugins: Plugin[];
  /**
   * The user's own indicatorTypes reply, when one is configured: the
   * `indicatorTypes` option, else the config's `indicatorTypes` (JSON/YAML:
   * a path relative to the config file; JS: `settings.indicatorTypes` of the
   * last entry that gives it, a path or the reply itself), else
   * `tclint.indicator-types.json` next to the config file or in `cwd`. Its
   * custom types are checkable (`customTypesPlugin`), so the config may name
   * the rule `custom-types/platform-pattern`.
   */
  indicatorTypes?: LoadedIndicatorTypes;
  /** How the config says inputs are read (JSON/YAML: the key `input`; JS: an entry's `input`; later entries win). */
  input?: InputSettings;
}

const JSON_KEYS = new Set(['$schema', 'extends', 'plugins', 'rules', 'settings', 'indicatorTypes', 'input']);

/**
 * Finds and loads the config for `cwd` (`tclint.config.{js,mjs,json,yaml,yml}`,
 * walking up to a package root or the filesystem root), or `configFile`.
 * JS configs export a flat config array (with plugin objects); JSON/YAML
 * configs name plugin packages, resolved from the config file's directory,
 * and presets in `extends` (default `["recommended"]`). Every problem is
 * collected and thrown together as one `ConfigError`.
 */
export async function loadConfig(cwd: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const filePath = options.configFile !== undefined ? resolve(cwd, options.configFile) : findConfigFile(cwd);
  const flag = options.indicatorTypes === undefined ? {} : { flag: options.indicatorTypes };
  if (filePath === undefined) {
    const indicatorTypes = resolveIndicatorTypes({ ...flag, discover: true, cwd });
    return indicatorTypes ? { plugins: [], indicatorTypes } : { plugins: [] };
  }
  const official = options.plugins ?? (await loadOfficialPlugins());
  const where = basename(filePath);
  let source: string | undefined;
  if (!/\.(c|m)?js$/i.test(filePath)) {
    try {
      source = readFileSync(filePath, 'utf8');
    } catch (error) {
      throw new ConfigError([`${filePath}: cannot read the config file (${error instanceof Error ? error.message : String(error)})`]);
    }
  }
  const loaded = source === undefined ? await loadJsConfig(filePath, where) : await loadDataConfig(filePath, where, source, official);
  const problems = [...loaded.problems];
  const configured = source === undefined && loaded.config ? lastSetting(loaded.config, INDICATOR_TYPES_SETTING) : loaded.indicatorTypes;
  let indicatorTypes: LoadedIndicatorTypes | undefined;
  try {
    indicatorTypes = resolveIndicatorTypes({ ...flag, ...(configured !== undefined && { config: { value: configured, dir: dirname(filePath) } }), configFile: filePath, discover: true, cwd });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const base = indicatorTypes ? [...official, customTypesPlugin(indicatorTypes.types)] : official;
  if (loaded.config) problems.push(...validate(loaded.config, base, loaded.failedNames).map((p) => `${where}: ${p}`));
  const input = source === undefined && loaded.config ? inputOfEntries(loaded.config, where, problems) : loaded.input;
  if (problems.length || !loaded.config) throw new ConfigError(problems.length ? problems : [`${where}: no config`]);
  const result: LoadedConfig = { filePath, config: loaded.config, plugins: loaded.plugins };
  if (indicatorTypes) result.indicatorTypes = indicatorTypes;
  if (input && Object.keys(input).length) result.input = input;
  return result;
}

/** The `input` keys of a JS config's entries, merged (later entries win). */
function inputOfEntries(entries: readonly ConfigEntry[], where: string, problems: string[]): InputSettings {
  const input: InputSettings = {};
  for (const entry of entries) {
    const given = (entry as { input?: unknown } | null)?.input;
    if (given !== undefined) Object.assign(input, readInputSettings(given, where, problems));
  }
  return input;
}

function lastSetting(entries: readonly ConfigEntry[], key: string): unknown {
  let found: unknown;
  for (const entry of entries) {
    const settings = (entry as ConfigEntry | null)?.settings;
    if (settings && typeof settings === 'object' && settings[key] !== undefined) found = settings[key];
  }
  return found;
}

interface Loaded {
  config?: ConfigEntry[];
  plugins: Plugin[];
  indicatorTypes?: unknown;
  input?: InputSettings;
  problems: string[];
  /** Short names of plugins that failed to load (their rules' problems are not repeated). */
  failedNames: string[];
}

async function loadJsConfig(filePath: string, where: string): Promise<Loaded> {
  let mod: Record<string, unknown>;
  try {
    mod = await importFile(filePath);
  } catch (error) {
    return { plugins: [], failedNames: [], problems: [`${where}: loading failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const exported = mod.default;
  const entries = Array.isArray(exported) ? exported : exported && typeof exported === 'object' ? [exported] : undefined;
  if (!entries) return { plugins: [], failedNames: [], problems: [`${where}: must export a flat config array as its default export`] };
  return { config: entries as ConfigEntry[], plugins: [], problems: [], failedNames: [] };
}

async function loadDataConfig(filePath: string, where: string, source: string, base: readonly Plugin[]): Promise<Loaded> {
  const problems: string[] = [];
  let data: unknown;
  try {
    // yaml is loaded only for YAML configs: it is a fifth of the command's start-up
    data = /\.ya?ml$/i.test(filePath) ? (await import('yaml')).parse(source) : JSON.parse(source);
  } catch (error) {
    return { plugins: [], failedNames: [], problems: [`${where}: cannot parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`] };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) return { plugins: [], failedNames: [], problems: [`${where}: must be an object with "plugins", "rules", "extends" or "settings"`] };
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!JSON_KEYS.has(key)) problems.push(`${where}: unknown key "${key}" (expected ${[...JSON_KEYS].filter((k) => k !== '$schema').join(', ')})`);

  const names = stringList(record.plugins, 'plugins', where, problems);
  const plugins: Plugin[] = [];
  const failedNames: string[] = [];
  for (const name of names) {
    const result = await loadPlugin(name, dirname(filePath));
    if ('problem' in result) {
      problems.push(`${where}: ${result.problem}`);
      failedNames.push(name.replace(/^@[^/]+\//, '').replace(/^tclint-plugin-/, ''));
    } else plugins.push(result.plugin);
  }

  const entries: ConfigEntry[] = [];
  const registered: Record<string, Plugin> = {};
  for (const plugin of plugins) registered[plugin.meta.namespace] = plugin;
  if (plugins.length) entries.push({ name: `${where} plugins`, plugins: registered });
  const presets = record.extends === undefined ? ['recommended'] : stringList(record.extends, 'extends', where, problems);
  for (const preset of presets) {
    const found = presetEntries(preset, [...base, ...plugins]);
    if (typeof found === 'string') problems.push(`${where}: ${found}`);
    else entries.push(...found);
  }
  const own: ConfigEntry = { name: where };
  if (record.rules !== undefined) {
    if (isObject(record.rules)) own.rules = record.rules as ConfigEntry['rules'];
    else problems.push(`${where}: "rules" must be an object of rule settings`);
  }
  if (record.settings !== undefined) {
    if (isObject(record.settings)) own.settings = record.settings;
    else problems.push(`${where}: "settings" must be an object`);
  }
  entries.push(own);
  const loaded: Loaded = { config: entries, plugins, problems, failedNames, input: readInputSettings(record.input, where, problems) };
  const types = record.indicatorTypes;
  if (typeof types === 'string' && types.trim() !== '') loaded.indicatorTypes = types;
  else if (types !== undefined) problems.push(`${where}: "indicatorTypes" must be the path of a saved indicatorTypes reply (tclint types pull writes ${INDICATOR_TYPES_FILE})`);
  return loaded;
}

/** Checks the config against the plugins it will run with; returns every problem core finds. */
function validate(config: readonly ConfigEntry[], base: readonly Plugin[], failedNames: readonly string[]): string[] {
  const registered: Record<string, Plugin> = {};
  for (const plugin of base) registered[plugin.meta.namespace] = plugin;
  try {
    resolveConfig([{ name: 'tclint/plugins', plugins: registered }, ...config]);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // a rule of a plugin that failed to load was already reported with the plugin
    return error.problems.filter((p) => !failedNames.some((name) => p.includes(`namespace "${name}"`)));
  }
}

function stringList(value: unknown, key: string, where: string, problems: string[]): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (Array.isArray(list) && list.every((v) => typeof v === 'string' && v !== '')) return list as string[];
  problems.push(`${where}: "${key}" must be a list of names`);
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
