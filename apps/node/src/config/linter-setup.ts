import type { Plugin, RuleSetting } from '@tclint/core';
import { createLinterWith, loadOfficialPlugins, type Linter, type LinterOptions } from '@tclint/preset';
import { resolve } from 'node:path';
import { loadConfig } from './config.js';
import { findConfigFile } from './find-config.js';

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
  /** `false`: no config file, every official rule at its recommended severity. */
  useConfigFile?: boolean;
  /** Rule settings applied last (`--rule`). */
  rules?: Record<string, RuleSetting>;
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

/** The linter a setup describes. Throws core's `ConfigError` when the config is invalid. */
export async function linterFromSetup(setup: LinterSetup = {}): Promise<Linter> {
  const options: LinterOptions = {};
  let plugins: Plugin[] | undefined;
  if (setup.useConfigFile !== false) {
    const cwd = setup.cwd ?? process.cwd();
    const configFile = setup.configFile !== undefined ? resolve(cwd, setup.configFile) : findConfigFile(cwd);
    if (configFile !== undefined) {
      plugins = await loadOfficialPlugins();
      const loaded = await loadConfig(cwd, { configFile, plugins });
      if (loaded.config) options.config = loaded.config;
    }
  }
  plugins ??= await loadOfficialPlugins({ ...(setup.types && { types: setup.types }), ...(setup.errorClasses === false && { errorClasses: false }) });
  if (setup.rules && Object.keys(setup.rules).length) options.rules = setup.rules;
  return createLinterWith(plugins, options);
}
