import { usageError } from './cli-error.js';
import { createLinter, loadConfig, type Linter, type LinterOptions, type RuleInfo } from './node-api.js';
import { parseRuleOptions } from './rule-option.js';

/** The options every command that lints takes. */
export const LINTER_OPTIONS = {
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
} as const;

export const LINTER_HELP = `  -c, --config PATH     use this config file instead of looking for tclint.config.*
      --no-config       ignore config files: every official rule at its recommended severity
      --rule 'ID: SEV'  set a rule's severity (off, warn, error), e.g. --rule 'asn/reserved: off';
                        or with options: --rule 'ID: ["error", {...}]' (repeatable)`;

export interface LinterFlags {
  config?: string | undefined;
  'no-config'?: boolean | undefined;
  rule?: string[] | undefined;
}

/**
 * The linter for a run: the config file found from `cwd` (or given with
 * --config, or none with --no-config), with --rule settings applied last.
 * Config problems surface as the ConfigError @tclint/node throws (exit 2).
 */
export async function setupLinter(flags: LinterFlags, cwd: string): Promise<Linter> {
  if (flags.config !== undefined && flags['no-config']) throw usageError('--config and --no-config cannot be used together');
  const rules = parseRuleOptions(flags.rule);
  const options: LinterOptions = {};
  if (!flags['no-config']) {
    const loaded = await loadConfig(cwd, flags.config !== undefined ? { configFile: flags.config } : {});
    if (loaded.config) options.config = loaded.config;
  }
  if (Object.keys(rules).length) options.rules = rules;
  return createLinter(options);
}

/**
 * The ThreatConnect type name for `--type`: a TC name in any case (`asn`,
 * `Registry Key`) or a slug (`registry-key`), among the types the loaded rules check.
 */
export function resolveType(given: string, rules: readonly RuleInfo[]): string {
  const key = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
  const known = [...new Set(rules.flatMap((r) => (r.subject === 'indicator' ? (r.types ?? []) : [])))].sort();
  const found = known.find((name) => key(name) === key(given));
  if (!found) throw usageError(`--type "${given}" is not a type any loaded rule checks; known types: ${known.join(', ')}`);
  return found;
}
