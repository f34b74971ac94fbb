import { createEngine, INDICATOR_TYPES, type Engine, type LintMessage, type LintResult, type Plugin, type Subject } from '@tclint/core';
import { expect } from 'vitest';
import type { RuleEntry } from './official-plugins.js';

export const ALL_TYPES: readonly string[] = INDICATOR_TYPES.map((t) => t.name);

/** An engine that runs one rule alone, at error level with its default options. */
export function engineForRule({ ruleId, plugin }: RuleEntry): Engine {
  return createEngine({ config: [{ plugins: { [plugin.meta.namespace]: plugin }, rules: { [ruleId]: 'error' } }] });
}

/** An engine with every plugin's recommended config, as `@tclint/node` builds it. */
export function engineForAll(plugins: readonly Plugin[]): Engine {
  const registered = Object.fromEntries(plugins.map((p) => [p.meta.namespace, p]));
  return createEngine({ config: [{ plugins: registered }, ...plugins.flatMap((p) => (p.configs?.recommended ? [p.configs.recommended] : []))] });
}

/** Messages that mean a rule or the fixer misbehaved: a rule threw, used an unknown id, fixes cycled or did not settle. */
export function troubles(result: LintResult): LintMessage[] {
  return result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'));
}

const fixable = (result: LintResult) => result.messages.filter((m) => m.fix !== undefined);

/** A short form of a subject for failure messages (values can be a megabyte long). */
export function shown(subject: Subject): string {
  const text = JSON.stringify(subject, (_k, v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}… (${v.length} chars)` : v));
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/**
 * The engine contract on one subject: checking and fixing never throw and
 * report no internal error; a subject that checks clean is not changed by
 * fixing; fixing leaves nothing fixable; fixing the output again changes
 * nothing (idempotent).
 */
export function assertEngineContract(engine: Engine, subject: Subject): void {
  const checked = engine.check(subject);
  expect(troubles(checked), `check ${shown(subject)}`).toEqual([]);
  const fixed = engine.fix(subject);
  expect(troubles(fixed), `fix ${shown(subject)}`).toEqual([]);
  if (checked.messages.length === 0) expect(fixed.changes, `a clean subject changed under fix: ${shown(subject)}`).toEqual([]);
  expect(fixable(fixed), `fixable messages left after fixing ${shown(subject)}`).toEqual([]);
  if (fixed.output === undefined) return;
  const recheck = engine.check(fixed.output);
  expect(troubles(recheck)).toEqual([]);
  expect(fixable(recheck), `fixed output still fixable: ${shown(fixed.output)}`).toEqual([]);
  const again = engine.fix(fixed.output);
  expect(again.changes, `fixing twice changed ${shown(fixed.output)} again`).toEqual([]);
}
