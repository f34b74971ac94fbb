import type { ResolvedConfig, RuleSeverity, SubjectKind } from '@tclint/core';

/** One rule of a loaded plugin, as `tclint --list-rules` shows it. */
export interface RuleInfo {
  /** Full id, `<namespace>/<rule>`. */
  id: string;
  /** Name of the package that provides it. */
  plugin: string;
  subject: SubjectKind;
  /** Indicator types it applies to (all when absent). */
  types?: readonly string[];
  /** Error class, for error-class rules. */
  classId?: string;
  description: string;
  /** The rule's own default severity. */
  defaultSeverity: RuleSeverity;
  /** The severity it runs at in this linter's config. */
  severity: RuleSeverity | 'off';
  fixable: boolean;
  docsUrl?: string;
}

/** Lists every rule of the config's plugins, sorted by id. */
export function listRules(config: ResolvedConfig): RuleInfo[] {
  const active = new Map(config.rules.map((r) => [r.ruleId, r.severity]));
  const list: RuleInfo[] = [];
  for (const plugin of config.plugins) {
    for (const [key, rule] of Object.entries(plugin.rules)) {
      const { meta } = rule;
      const id = `${plugin.meta.namespace}/${key}`;
      const info: RuleInfo = {
        id,
        plugin: plugin.meta.name,
        subject: meta.subject,
        description: meta.description,
        defaultSeverity: meta.severity ?? 'error',
        severity: active.get(id) ?? 'off',
        fixable: meta.fixable === true,
      };
      if (meta.types) info.types = meta.types;
      if (meta.classId) info.classId = meta.classId;
      if (meta.docsUrl) info.docsUrl = meta.docsUrl;
      list.push(info);
    }
  }
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
