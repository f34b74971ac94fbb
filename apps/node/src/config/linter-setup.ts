import type { RuleSetting } from '@tclint/core';
import { loadConfig } from './config.js';
import { createLinter, type Linter, type LinterOptions } from '@tclint/preset';

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
}

/** The linter a setup describes. Throws core's `ConfigError` when the config is invalid. */
export async function linterFromSetup(setup: LinterSetup = {}): Promise<Linter> {
  const options: LinterOptions = {};
  if (setup.useConfigFile !== false) {
    const loaded = await loadConfig(setup.cwd ?? process.cwd(), setup.configFile !== undefined ? { configFile: setup.configFile } : {});
    if (loaded.config) options.config = loaded.config;
  }
  if (setup.rules && Object.keys(setup.rules).length) options.rules = setup.rules;
  return createLinter(options);
}
