import { createEngine, summaryOf, type AnyRule, type LintMessage, type Plugin, type Subject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { caseKey, caseName, normalizeValid, pickFields, subjectOf, type ExpectedError, type InvalidCase, type TestCases, type ValidCase } from './cases.js';

export interface RuleTesterOptions {
  /** Other plugins to load beside the one under test (they are loaded but their rules stay off). */
  plugins?: readonly Plugin[];
  /** Shared settings passed to rules. */
  settings?: Record<string, unknown>;
}

/**
 * Tests one rule of a plugin, ESLint-style, under vitest. Valid cases must
 * report nothing and not change under fix; invalid cases must report the
 * expected messages and fix to `output` (or not at all for `null`); the fixed
 * output is checked again and must be clean of the rule's messages. Rules run
 * through the engine as in any run (shared analyses included), but never
 * through the plugin's `isClean`: an invalid case without options must be one
 * that `isClean` calls unclean.
 */
export class RuleTester {
  constructor(private readonly options: RuleTesterOptions = {}) {}

  run(plugin: Plugin, ruleName: string, tests: TestCases): void {
    const { ruleId, rule } = lookup(plugin, ruleName);
    assertDistinct(ruleId, tests);
    for (const c of tests.invalid) assertKnownMessageIds(ruleId, rule, c);

    describe(ruleId, () => {
      describe('valid', () => {
        for (const raw of tests.valid) {
          const c = normalizeValid(raw);
          (c.only ? it.only : it)(caseName(c), () => this.assertValid(plugin, ruleName, raw));
        }
      });
      describe('invalid', () => {
        for (const c of tests.invalid) {
          (c.only ? it.only : it)(caseName(c), () => this.assertInvalid(plugin, ruleName, c));
        }
      });
    });
  }

  private engine(plugin: Plugin, ruleId: string, options: unknown) {
    // Run the rule at its default severity, so cases can check it.
    const severity = plugin.rules[ruleId.slice(plugin.meta.namespace.length + 1)]?.meta.severity ?? 'error';
    const setting = options === undefined ? severity : ([severity, options] as const);
    const others = Object.fromEntries((this.options.plugins ?? []).map((p) => [p.meta.namespace, p]));
    // The rule itself is under test: the plugin's isClean must not answer for it.
    return createEngine({
      config: [{ plugins: { ...others, [plugin.meta.namespace]: plugin }, rules: { [ruleId]: setting }, settings: this.options.settings ?? {} }],
      cleanPath: false,
    });
  }

  /** Checks one valid case outside `run` (throws on failure). */
  assertValid(plugin: Plugin, ruleName: string, raw: ValidCase): void {
    const { ruleId, rule } = lookup(plugin, ruleName);
    const c = normalizeValid(raw);
    const engine = this.engine(plugin, ruleId, c.options);
    const subject = subjectOf(rule, c);
    const checked = engine.check(subject);
    expect(describeMessages(checked.messages), 'a valid case must report nothing').toEqual([]);
    const fixed = engine.fix(subject);
    expect(fixed.changes, 'fixing a valid case must change nothing').toEqual([]);
  }

  /** Checks one invalid case outside `run` (throws on failure). */
  assertInvalid(plugin: Plugin, ruleName: string, c: InvalidCase): void {
    const { ruleId, rule } = lookup(plugin, ruleName);
    assertKnownMessageIds(ruleId, rule, c);
    if (rule.meta.fixable && !('output' in c)) {
      throw new Error(`invalid case ${caseName(c)} of fixable rule "${ruleId}" must state its output (or null when unfixable)`);
    }
    if (!rule.meta.fixable && c.output != null) {
      throw new Error(`invalid case ${caseName(c)} gives an output, but rule "${ruleId}" is not fixable`);
    }
    const engine = this.engine(plugin, ruleId, c.options);
    const subject = subjectOf(rule, c);
    const checked = engine.check(subject);
    const internal = checked.messages.filter((m) => m.internal || m.ruleId !== ruleId);
    expect(describeMessages(internal), 'the rule must not fail or let the engine complain').toEqual([]);
    assertMessages(checked.messages, c.errors);
    if (plugin.isClean && c.options === undefined && checked.subject.kind === 'indicator' && checked.subject.type !== undefined) {
      expect(plugin.isClean(checked.subject, this.options.settings ?? {}), `the plugin's isClean calls this invalid case clean, but ${ruleId} reports it`).toBe(false);
    }

    const fixed = engine.fix(subject);
    const engineTrouble = fixed.messages.filter((m) => m.ruleId.startsWith('tclint/'));
    expect(describeMessages(engineTrouble), 'the fix loop must settle').toEqual([]);
    if (c.output === null || c.output === undefined) {
      expect(fixed.changes, `case ${caseName(c)} is declared unfixable, but the rule changed it`).toEqual([]);
      return;
    }
    expect(fixed.output, 'the rule was expected to fix this case').toBeDefined();
    const output = fixed.output as Subject;
    if (typeof c.output === 'string') {
      expect(output.kind, 'a string output describes an indicator summary').toBe('indicator');
      const summary = summaryOf(output as Extract<Subject, { kind: 'indicator' }>);
      expect(summary).toBe(c.output);
      expect(summary, 'output equals the input; write output: null for unfixable cases').not.toBe(c.value);
    } else {
      expect(pickFields(output, c.output)).toEqual(c.output);
    }
    const again = engine.check(output);
    expect(describeMessages(again.messages.filter((m) => m.ruleId === ruleId && m.fix)), 'the fixed output must not be fixable again').toEqual([]);
    expect(engine.fix(output).changes, 'fixing the output again must change nothing').toEqual([]);
  }
}

function lookup(plugin: Plugin, ruleName: string): { ruleId: string; rule: AnyRule } {
  const rule = plugin.rules[ruleName];
  if (!rule) throw new Error(`plugin "${plugin.meta.name}" has no rule "${ruleName}"`);
  return { ruleId: `${plugin.meta.namespace}/${ruleName}`, rule };
}

export function describeMessages(messages: readonly LintMessage[]): string[] {
  return messages.map((m) => `${m.ruleId}${m.messageId ? `#${m.messageId}` : ''}: ${m.message}`);
}

function assertMessages(actual: readonly LintMessage[], expected: InvalidCase['errors']) {
  if (typeof expected === 'number') {
    expect(actual.length, `expected ${expected} messages, got: ${describeMessages(actual).join(' | ')}`).toBe(expected);
    return;
  }
  expect(actual.map((m) => m.messageId), describeMessages(actual).join(' | ')).toEqual(expected.map((e) => (typeof e === 'string' ? e : e.messageId)));
  expected.forEach((e, i) => {
    if (typeof e === 'string') return;
    const m = actual[i]!;
    if (e.field !== undefined) expect(m.field, `message ${i} field`).toBe(e.field);
    if (e.message !== undefined) expect(m.message, `message ${i} text`).toBe(e.message);
    if (e.severity !== undefined) expect(m.severity, `message ${i} severity`).toBe(e.severity);
    if (e.data !== undefined) expect(m.data, `message ${i} data`).toMatchObject(e.data);
  });
}

function assertDistinct(ruleId: string, tests: TestCases) {
  const seen = new Set<string>();
  for (const c of [...tests.valid.map(normalizeValid), ...tests.invalid]) {
    const key = caseKey(c);
    if (seen.has(key)) throw new Error(`rule "${ruleId}" has a duplicate test case: ${caseName(c)}`);
    seen.add(key);
  }
}

function assertKnownMessageIds(ruleId: string, rule: AnyRule, c: InvalidCase) {
  if (typeof c.errors === 'number') return;
  if (c.errors.length === 0) throw new Error(`invalid case ${caseName(c)} of rule "${ruleId}" must expect at least one message`);
  for (const e of c.errors as readonly ExpectedError[]) {
    const id = typeof e === 'string' ? e : e.messageId;
    if (!(id in rule.meta.messages)) throw new Error(`invalid case ${caseName(c)} of rule "${ruleId}" expects unknown messageId "${id}"`);
  }
}
