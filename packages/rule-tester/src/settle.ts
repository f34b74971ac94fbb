import type { Engine, IndicatorSubject, Plugin } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleEngine, subjectMaker } from './clean-path.js';
import { describeMessages } from './rule-tester.js';

export interface SettleOptions {
  /** The indicator type of the values (default: the first type a rule of the plugin names). */
  type?: string;
  /** Builds the subject of a value (default: an indicator of `type` from the value as a summary). */
  subject?: (value: string) => IndicatorSubject;
  /** Generated values: whenever `settle` settles one, the rules fix it the same way. It must settle some of them. */
  arbitrary?: fc.Arbitrary<string>;
  /** Values checked the same way (a corpus). */
  values?: readonly string[];
  /** Values `settle` must settle (the notations it is for). */
  settles?: readonly string[];
  /** Shared settings given to the rules and to `settle`. */
  settings?: Record<string, unknown>;
  /** fast-check runs (default 1000). */
  numRuns?: number;
}

interface Engines {
  /** The rules alone: the oracle. */
  rules: Engine;
  /** The engine as users get it, taking `settle` where it may. */
  settling: Engine;
}

/**
 * Tests a plugin's `settle` against its own rules, under vitest: a
 * `describe` block (`settle`). Whenever `settle` settles a value, the rules
 * (clean path off, every rule at its default severity and options) make the
 * same changes pass by pass and leave nothing to report, and the engine's
 * fix with the one-call path gives the same result as without it.
 */
export function testSettle(plugin: Plugin, options: SettleOptions): void {
  if (typeof plugin.settle !== 'function') throw new Error(`plugin "${plugin.meta.name}" has no settle to test`);
  const subjectOf = subjectMaker(plugin, options);
  const settings = options.settings ?? {};
  const engines = { rules: ruleEngine(plugin, settings), settling: ruleEngine(plugin, settings, true) };
  const holds = (value: string) => assertSettled(plugin, engines, subjectOf(value), settings);

  describe('settle', () => {
    if (options.arbitrary) {
      const arbitrary = options.arbitrary;
      it('settles only as the rules fix (generated values)', () => {
        let settled = 0;
        fc.assert(
          fc.property(arbitrary, (value) => {
            if (holds(value)) settled++;
          }),
          { numRuns: options.numRuns ?? 1000 },
        );
        expect(settled, 'the arbitrary must give values that settle settles, or the test proves nothing').toBeGreaterThan(0);
      });
    }
    if (options.values?.length) {
      const values = options.values;
      it(`settles only as the rules fix (${values.length} values)`, () => {
        for (const value of values) holds(value);
      });
    }
    if (options.settles?.length) {
      const settles = options.settles;
      it(`settles the notations it is for (${settles.length} values)`, () => {
        expect(settles.filter((value) => !holds(value)).map((value) => `${JSON.stringify(value)} is not settled`)).toEqual([]);
      });
    }
  });
}

/** Throws unless `settle` holds on this subject (see `testSettle`); true when it settled it. */
export function assertSettleHolds(plugin: Plugin, subject: IndicatorSubject, settings: Record<string, unknown> = {}): boolean {
  return assertSettled(plugin, { rules: ruleEngine(plugin, settings), settling: ruleEngine(plugin, settings, true) }, subject, settings);
}

function assertSettled(plugin: Plugin, engines: Engines, subject: IndicatorSubject, settings: Record<string, unknown>): boolean {
  const settlement = plugin.settle!(subject, settings);
  if (settlement === undefined) return false;
  const summary = JSON.stringify(subject.values);
  const ruled = engines.rules.fix(subject);
  const namespace = plugin.meta.namespace;
  const said = settlement.changes.map((c) => ({ ruleId: `${namespace}/${c.rule}`, field: c.field, to: c.value }));
  expect(said, `settle's changes of ${summary} are not the rules'`).toEqual(ruled.changes.map((c) => ({ ruleId: c.ruleId, field: c.field, to: c.to })));
  expect(describeMessages(ruled.messages), `settle settled ${summary}, but the rules leave problems`).toEqual([]);
  expect(engines.settling.fix(subject), `the one-call fix of ${summary} differs from the rules'`).toEqual(ruled);
  return true;
}
