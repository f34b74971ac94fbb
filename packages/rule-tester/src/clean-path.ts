import { createEngine, indicatorFromSummary, shapeOf, type Engine, type IndicatorSubject, type Plugin, type RuleSetting } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeMessages } from './rule-tester.js';

export interface IsCleanOptions {
  /** The indicator type of the values (default: the first type a rule of the plugin names). */
  type?: string;
  /** Builds the subject of a value (default: an indicator of `type` from the value as a summary). */
  subject?: (value: string) => IndicatorSubject;
  /** Generated values: whenever `isClean` says clean, the rules report nothing and fix nothing. It must call some of them clean. */
  arbitrary?: fc.Arbitrary<string>;
  /** Values checked the same way. */
  values?: readonly string[];
  /** Values on which `isClean` must be exact: clean exactly when the rules report nothing (a corpus, or the seed's examples). */
  exact?: readonly string[];
  /** Shared settings given to the rules and to `isClean`. */
  settings?: Record<string, unknown>;
  /** fast-check runs (default 1000). */
  numRuns?: number;
}

/**
 * Tests a plugin's `isClean` against its own rules, under vitest: a
 * `describe` block (`isClean`) with a property test over `arbitrary`, a test
 * of `values` and one of `exact`. The rules are the oracle: they run with
 * the engine's clean path off, every rule at its default severity and
 * options, as `isClean` promises.
 */
export function testIsClean(plugin: Plugin, options: IsCleanOptions): void {
  const isClean = plugin.isClean;
  if (typeof isClean !== 'function') throw new Error(`plugin "${plugin.meta.name}" has no isClean to test`);
  const subjectOf = subjectMaker(plugin, options);
  const settings = options.settings ?? {};
  const engine = ruleEngine(plugin, settings);
  const clean = (value: string) => isClean.call(plugin, subjectOf(value), settings);

  describe('isClean', () => {
    if (options.arbitrary) {
      const arbitrary = options.arbitrary;
      it('calls clean only what the rules leave alone (generated values)', () => {
        let calledClean = 0;
        fc.assert(
          fc.property(arbitrary, (value) => {
            if (!clean(value)) return;
            calledClean++;
            assertUntouched(engine, subjectOf(value));
          }),
          { numRuns: options.numRuns ?? 1000 },
        );
        expect(calledClean, 'the arbitrary must give values that isClean calls clean, or the test proves nothing').toBeGreaterThan(0);
      });
    }
    if (options.values?.length) {
      const values = options.values;
      it(`calls clean only what the rules leave alone (${values.length} values)`, () => {
        for (const value of values) if (clean(value)) assertUntouched(engine, subjectOf(value));
      });
    }
    if (options.exact?.length) {
      const exact = options.exact;
      it(`is exact on ${exact.length} values: clean exactly when the rules report nothing`, () => {
        const wrong = exact.filter((value) => clean(value) !== (engine.check(subjectOf(value)).messages.length === 0));
        expect(wrong.map((value) => `${JSON.stringify(value)}: isClean says ${clean(value)}`)).toEqual([]);
      });
    }
  });
}

/** Throws unless `isClean` holds on this subject (see `testIsClean`). */
export function assertIsCleanHolds(plugin: Plugin, subject: IndicatorSubject, settings: Record<string, unknown> = {}): void {
  if (!plugin.isClean?.(subject, settings)) return;
  assertUntouched(ruleEngine(plugin, settings), subject);
}

function assertUntouched(engine: Engine, subject: IndicatorSubject): void {
  const summary = JSON.stringify(subject.values);
  expect(describeMessages(engine.check(subject).messages), `isClean called ${summary} clean, but the rules report it`).toEqual([]);
  expect(engine.fix(subject).changes, `isClean called ${summary} clean, but the rules fix it`).toEqual([]);
}

export function ruleEngine(plugin: Plugin, settings: Record<string, unknown>, cleanPath = false): Engine {
  const namespace = plugin.meta.namespace;
  const rules: Record<string, RuleSetting> = {};
  for (const [name, rule] of Object.entries(plugin.rules)) rules[`${namespace}/${name}`] = rule.meta.severity ?? 'error';
  return createEngine({ config: [{ plugins: { [namespace]: plugin }, rules, settings }], cleanPath });
}

export function subjectMaker(plugin: Plugin, options: Pick<IsCleanOptions, 'type' | 'subject'>): (value: string) => IndicatorSubject {
  if (options.subject) return options.subject;
  const type = options.type ?? Object.values(plugin.rules).find((rule) => rule.meta.subject === 'indicator' && rule.meta.types?.length)?.meta.types?.[0];
  if (!type) throw new Error(`plugin "${plugin.meta.name}": give the indicator type (type) or how to build a subject (subject)`);
  return (value) => indicatorFromSummary(value, type);
}

export interface MayDetectOptions {
  /** Generated values: whenever `mayDetect` rejects a value's shape, `detect` recognizes nothing in it. */
  arbitrary?: fc.Arbitrary<string>;
  /** Values checked the same way. */
  values?: readonly string[];
  /** fast-check runs (default 1000). */
  numRuns?: number;
}

/**
 * Tests a plugin's `mayDetect` against its `detect`, under vitest: a value
 * whose shape `mayDetect` rejects must be one that `detect` does not
 * recognize, or inference would miss it.
 */
export function testMayDetect(plugin: Plugin, options: MayDetectOptions): void {
  if (typeof plugin.detect !== 'function' || typeof plugin.mayDetect !== 'function') throw new Error(`plugin "${plugin.meta.name}" needs both detect and mayDetect`);
  const check = (value: string) => assertMayDetectHolds(plugin, value);
  describe('mayDetect', () => {
    if (options.arbitrary) {
      const arbitrary = options.arbitrary;
      it('rejects no shape that detect recognizes (generated values)', () => {
        fc.assert(fc.property(arbitrary, check), { numRuns: options.numRuns ?? 1000 });
      });
    }
    if (options.values?.length) {
      const values = options.values;
      it(`rejects no shape that detect recognizes (${values.length} values)`, () => {
        for (const value of values) check(value);
      });
    }
  });
}

/** Throws when `mayDetect` rejects the shape of a value that `detect` recognizes (see `testMayDetect`). */
export function assertMayDetectHolds(plugin: Plugin, value: string): void {
  if (!plugin.mayDetect || !plugin.detect || plugin.mayDetect(shapeOf(value), value.length, value)) return;
  expect(plugin.detect(value), `mayDetect rejects the shape of ${JSON.stringify(value)}, which detect recognizes`).toBeUndefined();
}
