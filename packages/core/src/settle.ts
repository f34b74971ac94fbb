import { applyChanges } from './apply-fix.js';
import type { ActiveRule } from './config.js';
import type { AnyRule, Plugin, SettledChange } from './rule.js';
import type { AppliedChange } from './result.js';
import type { IndicatorSubject } from './subject.js';

/** A fix settled in one call: the changes the rules would have made, in order, and the fixed subject. */
export interface Settled {
  changes: AppliedChange[];
  output: IndicatorSubject;
}

/** Asks the route's plugins to settle a fix in one call; undefined when the rules must run. */
export type Settle = (subject: IndicatorSubject, maxPasses: number) => Settled | undefined;

interface Settler {
  plugin: Plugin;
  /** Full rule ids of the plugin's fixable rules, by their id within the plugin. */
  ruleIds: ReadonlyMap<string, string>;
  /** The route's other plugins: each must call every state the fix goes through clean, or its rules would have a say. */
  others: readonly Plugin[];
}

/**
 * The one-call fix of a type's route, whose rules all have default options
 * and whose plugins all offer `isClean` (the clean path's conditions): a
 * plugin with `settle` is asked when every one of its rules for the type is
 * active, in the plugin's order (backstops last), as `settle` promises.
 */
export function settleCheck(ordered: readonly ActiveRule[], appliesTo: (rule: AnyRule) => boolean, settings: Readonly<Record<string, unknown>>): Settle | undefined {
  const plugins: Plugin[] = [];
  for (const active of ordered) if (!plugins.includes(active.plugin)) plugins.push(active.plugin);
  const settlers: Settler[] = [];
  for (const plugin of plugins) {
    if (typeof plugin.settle !== 'function') continue;
    const ruleIds = settlingRuleIds(plugin, ordered, appliesTo);
    if (ruleIds !== undefined) settlers.push({ plugin, ruleIds, others: plugins.filter((other) => other !== plugin) });
  }
  if (settlers.length === 0) return undefined;
  return (subject, maxPasses) => {
    for (const settler of settlers) {
      const settled = settleWith(settler, subject, settings, maxPasses);
      if (settled !== undefined) return settled;
    }
    return undefined;
  };
}

/** The plugin's fixable rules by id when its active rules for the type are all of them, in its own order; else undefined. */
function settlingRuleIds(plugin: Plugin, ordered: readonly ActiveRule[], appliesTo: (rule: AnyRule) => boolean): Map<string, string> | undefined {
  const own = Object.entries(plugin.rules).filter(([, rule]) => appliesTo(rule));
  const expected = [...own.filter(([, rule]) => !rule.meta.backstop), ...own.filter(([, rule]) => rule.meta.backstop)];
  const active = ordered.filter((a) => a.plugin === plugin);
  if (active.length !== expected.length) return undefined;
  const ids = new Map<string, string>();
  for (let i = 0; i < expected.length; i++) {
    const [name, rule] = expected[i]!;
    if (active[i]!.rule !== rule) return undefined;
    if (rule.meta.fixable) ids.set(name, active[i]!.ruleId);
  }
  // severities decide which backstop reports are dropped: a backstop's fix would depend on them
  const backstopFixes = expected.some(([, rule]) => rule.meta.backstop && rule.meta.fixable);
  if (backstopFixes && active.some((a) => a.severity !== (a.rule.meta.severity ?? 'error'))) return undefined;
  return ids;
}

function settleWith({ plugin, ruleIds, others }: Settler, subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>, maxPasses: number): Settled | undefined {
  try {
    const wanted = plugin.settle!(subject, settings)?.changes;
    if (wanted === undefined || wanted.length === 0 || wanted.length > maxPasses || !allClean(others, subject, settings)) return undefined;
    const changes: AppliedChange[] = [];
    let current = subject;
    for (const change of wanted) {
      const applied = appliedChange(change, current, ruleIds);
      if (applied === undefined) return undefined;
      current = applyChanges(current, [change]);
      if (!allClean(others, current, settings)) return undefined;
      changes.push(applied);
    }
    return { changes, output: current };
  } catch {
    // a plugin that fails here leaves the fix to the rules, which say what is wrong
    return undefined;
  }
}

function appliedChange({ rule, field, value }: SettledChange, current: IndicatorSubject, ruleIds: ReadonlyMap<string, string>): AppliedChange | undefined {
  const ruleId = ruleIds.get(rule);
  const from = current.values[field];
  // a change to the same value would be a fix the rules never settle
  if (ruleId === undefined || from === value || typeof value !== 'string') return undefined;
  return { ruleId, field, from, to: value };
}

function allClean(plugins: readonly Plugin[], subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  for (let i = 0; i < plugins.length; i++) if (!plugins[i]!.isClean!(subject, settings)) return false;
  return true;
}
