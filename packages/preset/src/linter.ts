import { configWith, createLinterWith, type Linter, type LinterOptions } from './compose.js';
import { OFFICIAL_PLUGINS } from './official.js';
import type { ConfigEntry } from '@tclint/core';

/** Builds the flat config a linter runs with. */
export function linterConfig(options: LinterOptions = {}): ConfigEntry[] {
  return configWith(options.plugins ?? OFFICIAL_PLUGINS, options);
}

/**
 * Creates a linter: every official package with its recommended config by
 * default, or the plugins and config given. Throws core's `ConfigError`
 * (with every problem in `problems`) when the config is invalid.
 */
export function createLinter(options: LinterOptions = {}): Linter {
  return createLinterWith(options.plugins ?? OFFICIAL_PLUGINS, options);
}
