import type { AnyRule, Config, ConfigEntry, Plugin, RuleSeverity, RuleSetting, SeverityLevel } from './rule.js';
import { declaredTypes, typesNamedByRules } from './type-declarations.js';
import { createTypeTable, type TypeTable } from './type-table.js';

/** A configuration that cannot be used. `problems` lists every problem found, not just the first. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid tclint configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export interface ActiveRule {
  ruleId: string;
  rule: AnyRule;
  /** The plugin the rule belongs to. */
  plugin: Plugin;
  severity: RuleSeverity;
  options: unknown;
  /** The config gave the rule options (else it runs with its schema's defaults). */
  customOptions: boolean;
}

export interface ResolvedConfig {
  plugins: readonly Plugin[];
  rules: readonly ActiveRule[];
  settings: Readonly<Record<string, unknown>>;
  /**
   * The indicator types the engine knows: the standard ones, those the
   * plugins declare, and (for plugins that declare none) any other type name
   * an active rule names in `meta.types`.
   */
  types: TypeTable;
}

interface Setting {
  severity: 'off' | RuleSeverity;
  options?: unknown;
  hasOptions: boolean;
}

const LEVELS: Record<string, 'off' | RuleSeverity> = { off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };

/** Merges a flat config (later entries win) and validates every rule setting. Throws `ConfigError`. */
export function resolveConfig(config: Config): ResolvedConfig {
  const entries: readonly ConfigEntry[] = Array.isArray(config) ? config : [config as ConfigEntry];
  const problems: string[] = [];
  const plugins = new Map<string, Plugin>();
  const settings: Record<string, unknown> = {};
  const ruleSettings = new Map<string, Setting>();

  entries.forEach((entry, index) => {
    const where = entry?.name ? `config "${entry.name}"` : `config entry ${index}`;
    if (!entry || typeof entry !== 'object') return void problems.push(`${where} is not an object`);
    for (const [namespace, plugin] of Object.entries(entry.plugins ?? {})) {
      if (!plugin?.meta || typeof plugin.rules !== 'object') {
        problems.push(`${where}: plugin "${namespace}" is not a tclint plugin (no meta or rules)`);
        continue;
      }
      const known = plugins.get(namespace);
      if (known && known !== plugin && known.meta.name !== plugin.meta.name) {
        problems.push(`${where}: namespace "${namespace}" is claimed by "${known.meta.name}" and "${plugin.meta.name}"`);
        continue;
      }
      plugins.set(namespace, plugin);
    }
    Object.assign(settings, entry.settings);
    for (const [ruleId, value] of Object.entries(entry.rules ?? {})) {
      const parsed = parseSetting(value);
      if (typeof parsed === 'string') {
        problems.push(`${where}: rule "${ruleId}": ${parsed}`);
        continue;
      }
      const previous = ruleSettings.get(ruleId);
      // As in ESLint, a later severity-only setting keeps the options given earlier.
      if (!parsed.hasOptions && previous?.hasOptions) Object.assign(parsed, { options: previous.options, hasOptions: true });
      ruleSettings.set(ruleId, parsed);
    }
  });

  const rules: ActiveRule[] = [];
  for (const [ruleId, setting] of ruleSettings) {
    const found = findRule(plugins, ruleId, problems);
    if (!found || setting.severity === 'off') continue;
    const { plugin, rule } = found;
    const options = validateOptions(ruleId, rule, setting, problems);
    rules.push({ ruleId, rule, plugin, severity: setting.severity, options, customOptions: setting.hasOptions });
  }
  const declared = declaredTypes([...plugins.values()], problems);
  if (problems.length) throw new ConfigError(problems);
  return { plugins: [...plugins.values()], rules, settings, types: createTypeTable([...declared, ...typesNamedByRules(rules, declared)]) };
}

function parseSetting(value: RuleSetting): Setting | string {
  const [level, ...rest] = Array.isArray(value) ? value : [value];
  const severity = LEVELS[String(level as SeverityLevel)];
  if (!severity) return `severity must be "off", "warn" or "error" (got ${JSON.stringify(level)})`;
  if (rest.length > 1) return 'expected [severity, options]';
  return { severity, options: rest[0], hasOptions: rest.length === 1 };
}

function findRule(plugins: Map<string, Plugin>, ruleId: string, problems: string[]): { plugin: Plugin; rule: AnyRule } | undefined {
  const slash = ruleId.lastIndexOf('/');
  const namespace = ruleId.slice(0, slash);
  const plugin = slash > 0 ? plugins.get(namespace) : undefined;
  if (!plugin) {
    problems.push(`rule "${ruleId}": no plugin with namespace "${namespace || ruleId}" is loaded`);
    return undefined;
  }
  const rule = plugin.rules[ruleId.slice(slash + 1)];
  if (!rule) {
    problems.push(`rule "${ruleId}": plugin "${plugin.meta.name}" has no rule "${ruleId.slice(slash + 1)}"`);
    return undefined;
  }
  return { plugin, rule };
}

function validateOptions(ruleId: string, rule: AnyRule, setting: Setting, problems: string[]): unknown {
  const schema = rule.meta.options;
  if (!schema) {
    if (setting.hasOptions) problems.push(`rule "${ruleId}" takes no options`);
    return undefined;
  }
  const result = schema['~standard'].validate(setting.options);
  if (result instanceof Promise) {
    problems.push(`rule "${ruleId}": its options schema is asynchronous, which tclint does not support`);
    return undefined;
  }
  if (result.issues) {
    const details = result.issues.map((issue) => {
      const path = issue.path?.map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    problems.push(`rule "${ruleId}": invalid options: ${details.join('; ')}`);
    return undefined;
  }
  return result.value;
}
