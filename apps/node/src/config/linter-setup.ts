import type { ConfigEntry, Plugin, RuleSetting } from '@tclint/core';
import type { InputSettings } from '@tclint/formats';
import { createLinterWith, loadOfficialPlugins, type Linter, type LinterOptions } from '@tclint/preset';
import { customTypesPlugin, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { resolve } from 'node:path';
import type { LoadedConfig } from './config.js';
import { findConfigFile } from './find-config.js';
import { resolveIndicatorTypes, type LoadedIndicatorTypes } from '../indicator-types/load.js';

/**
 * How to build a linter, as plain data: what the `tclint` command knows from
 * its flags. Unlike `LinterOptions` (plugin objects), it can be sent to a
 * worker thread, which builds the same linter from it.
 */
export interface LinterSetup {
  /** Where the config file is looked for, and what `configFile` is relative to (default: the working directory). */
  cwd?: string;
  /** A config file to use instead of looking for one. */
  configFile?: string;
  /** `false`: no config file, every official rule at its recommended severity (and no `tclint.indicator-types.json` looked for). */
  useConfigFile?: boolean;
  /** Rule settings applied last (`--rule`). */
  rules?: Record<string, RuleSetting>;
  /**
   * A saved indicatorTypes reply of the user's instance (`--indicator-types
   * FILE`, relative to `cwd`), used instead of the config's `indicatorTypes`
   * and of `tclint.indicator-types.json`.
   */
  indicatorTypes?: string;
  /**
   * The indicator types the linter will be given (ThreatConnect names): only
   * the official packages that check them are loaded, so a run of one type
   * starts without the others (tr46, ipaddr.js). Default: every indicator
   * package (a value's type is inferred from it). With a config file every
   * official package is loaded, since the config may name any of their rules.
   */
  types?: readonly string[];
  /** Load the official error-class packages (default true; checking indicators needs none). */
  errorClasses?: boolean;
}

/** A linter built from a setup, with what its config says beyond rules. */
export interface ConfiguredLinter extends Linter {
  /** The user's own indicatorTypes reply the linter uses instead of the recorded one, when one is configured. */
  readonly indicatorTypes?: LoadedIndicatorTypes;
  /** How the config says inputs are read (its `input`: comments, CSV columns); empty without one. */
  readonly input: InputSettings;
}

/**
 * The linter a setup describes. When the user's own indicatorTypes reply is
 * configured (see `LoadedConfig.indicatorTypes`), it goes into
 * `settings.indicatorTypes` (every `platform-pattern` rule reads it) and its
 * custom types become checkable types (`customTypesPlugin`, rule on at its
 * default severity unless the config says otherwise). Throws core's
 * `ConfigError` when the config or the reply is invalid.
 */
export async function linterFromSetup(setup: LinterSetup = {}): Promise<ConfiguredLinter> {
  const cwd = setup.cwd ?? process.cwd();
  const useConfigFile = setup.useConfigFile !== false;
  const configFile = !useConfigFile ? undefined : setup.configFile !== undefined ? resolve(cwd, setup.configFile) : findConfigFile(cwd);
  // a config file may name any official rule: every official package is loaded then
  const official = await loadOfficialPlugins(
    configFile !== undefined ? {} : { ...(setup.types && { types: setup.types }), ...(setup.errorClasses === false && { errorClasses: false }) },
  );
  const flag = setup.indicatorTypes !== undefined ? { flag: setup.indicatorTypes } : {};
  let loaded: LoadedConfig;
  if (configFile === undefined) {
    // as loadConfig without a file: the config loader's modules are read only when there is a config file
    const indicatorTypes = resolveIndicatorTypes({ ...flag, discover: useConfigFile, cwd });
    loaded = indicatorTypes ? { plugins: [], indicatorTypes } : { plugins: [] };
  } else {
    const { loadConfig } = await import('./config.js');
    loaded = await loadConfig(cwd, { configFile, ...(setup.indicatorTypes !== undefined && { indicatorTypes: setup.indicatorTypes }), plugins: official });
  }
  const options: LinterOptions = {};
  if (loaded.config) options.config = loaded.config;
  let plugins: readonly Plugin[] = official;
  const { indicatorTypes } = loaded;
  if (indicatorTypes) {
    const custom = customTypesPlugin(indicatorTypes.types);
    plugins = [...official, custom];
    // the custom types' rule before the config, so that the config may turn it off; the reply after it, so that it wins over a path in settings
    if (loaded.config) options.config = [custom.configs!.recommended!, ...loaded.config];
    const reply: ConfigEntry = { name: 'tclint/indicator-types', settings: { [INDICATOR_TYPES_SETTING]: indicatorTypes.reply } };
    options.extraConfig = reply;
  }
  if (setup.rules && Object.keys(setup.rules).length) options.rules = setup.rules;
  return Object.assign(createLinterWith(plugins, options), { input: loaded.input ?? {}, ...(indicatorTypes && { indicatorTypes }) });
}
