import type { AnyRule, ConfigEntry, Plugin, Rule, RuleContext, RuleMeta, RuleSetting, SubjectOf } from './rule.js';
import type { StandardSchemaV1 } from './standard-schema.js';
import type { SubjectKind } from './subject.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KINDS: readonly SubjectKind[] = ['indicator', 'exchange', 'message', 'app'];

/** The options a rule receives: its schema's output, or undefined without a schema. */
export type OptionsOfSchema<S> = S extends StandardSchemaV1<unknown, infer O> ? O : undefined;

/** Declares a rule and checks its meta. Returns the rule unchanged; `context.options` is typed from `meta.options`. */
export function defineRule<K extends SubjectKind, S extends StandardSchemaV1 | undefined = undefined>(rule: {
  meta: RuleMeta<K> & { options?: S };
  check(subject: SubjectOf<K>, context: RuleContext<OptionsOfSchema<S>>): void;
}): NoInfer<Rule<K, OptionsOfSchema<S>>> {
  const { meta } = rule;
  const where = `rule "${meta?.id}"`;
  if (!meta || typeof meta.id !== 'string' || !ID.test(meta.id)) {
    throw new TypeError(`${where}: meta.id must be lowercase letters, digits and hyphens`);
  }
  if (!KINDS.includes(meta.subject)) {
    throw new TypeError(`${where}: meta.subject must be one of ${KINDS.join(', ')}`);
  }
  if (!meta.messages || Object.keys(meta.messages).length === 0) {
    throw new TypeError(`${where}: meta.messages must name at least one message`);
  }
  if (meta.severity !== undefined && meta.severity !== 'error' && meta.severity !== 'warn') {
    throw new TypeError(`${where}: meta.severity must be "error" or "warn"`);
  }
  if (meta.backstop !== undefined && typeof meta.backstop !== 'boolean') throw new TypeError(`${where}: meta.backstop must be true or false`);
  if (typeof rule.check !== 'function') throw new TypeError(`${where}: check must be a function`);
  return rule;
}

/**
 * Declares a plugin. Rule keys must equal their `meta.id`. When the plugin
 * gives no `recommended` config, one is made that turns every rule on at its
 * default severity.
 */
export function definePlugin<P extends Plugin>(plugin: P): P & { configs: { recommended: ConfigEntry } } {
  const { meta, rules } = plugin;
  if (!meta || typeof meta.name !== 'string' || !meta.name) throw new TypeError('plugin: meta.name is required');
  if (typeof meta.namespace !== 'string' || !ID.test(meta.namespace)) {
    throw new TypeError(`plugin "${meta.name}": meta.namespace must be lowercase letters, digits and hyphens`);
  }
  for (const hook of ['detect', 'mayDetect', 'isClean', 'settle'] as const) {
    if (plugin[hook] !== undefined && typeof plugin[hook] !== 'function') throw new TypeError(`plugin "${meta.name}": ${hook} must be a function`);
  }
  if (plugin.types !== undefined && !Array.isArray(plugin.types)) throw new TypeError(`plugin "${meta.name}": types must be an array of { name, fields }`);
  for (const [key, rule] of Object.entries(rules ?? {})) {
    if (rule?.meta?.id !== key) {
      throw new TypeError(`plugin "${meta.name}": rule key "${key}" does not match its meta.id "${rule?.meta?.id}"`);
    }
  }
  const configs: Record<string, ConfigEntry> = { ...plugin.configs };
  const result = { ...plugin, configs } as P & { configs: { recommended: ConfigEntry } };
  configs.recommended = {
    name: `${meta.namespace}/recommended`,
    ...(plugin.configs?.recommended ?? { rules: defaultRuleSettings(meta.namespace, rules) }),
    plugins: { [meta.namespace]: result, ...plugin.configs?.recommended?.plugins },
  };
  return result;
}

function defaultRuleSettings(namespace: string, rules: Record<string, AnyRule>): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const [id, rule] of Object.entries(rules)) settings[`${namespace}/${id}`] = rule.meta.severity ?? 'error';
  return settings;
}
