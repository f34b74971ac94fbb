import { createEngine, indicatorFromSummary, type ConfigEntry, type Engine, type IndicatorSubject, type LintMessage, type Plugin } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeMessages } from './rule-tester.js';

export interface FixPropertiesOptions {
  /** Builds the subject of a value (`(value) => indicator('Mutex', { Mutex: value })`). */
  subject: (value: string) => IndicatorSubject;
  /** Values already in their stored form: fixing leaves each exactly as it is, and nothing is reported. */
  clean?: fc.Arbitrary<string>;
  /** Any values, broken in every way: checked and fixed typed and untyped, and fixed twice. */
  noise: fc.Arbitrary<string>;
  /**
   * The platform's verdict on a subject (ThreatConnect's patterns): when given, a fixed subject has
   * an error exactly when the platform refuses it, so a fix never yields a value it refuses while
   * claiming to have fixed it.
   */
  accepts?: (subject: IndicatorSubject) => boolean;
  /** A type's own law of what a fix may do, called with the value and the fixed subject whenever a fix changed something. */
  fixed?: (value: string, output: IndicatorSubject) => void;
  /** The config (default: the plugin's recommended config). */
  config?: ConfigEntry[];
  /** fast-check runs of each property (default 300). */
  numRuns?: number;
}

/**
 * The laws every fixer obeys, as fast-check properties under vitest (a
 * `describe` block, `fix properties`): clean values are left alone; nothing
 * throws or fails to settle, typed or untyped; fixing twice is fixing once,
 * and what the fix leaves has nothing fixable left and an error exactly where
 * the platform refuses it.
 */
export function testFixProperties(plugin: Plugin, options: FixPropertiesOptions): void {
  const engine = createEngine({ config: options.config ?? [plugin.configs?.recommended ?? { plugins: { [plugin.meta.namespace]: plugin } }] });
  const numRuns = options.numRuns ?? 300;
  const { subject, noise, accepts } = options;

  describe('fix properties', () => {
    if (options.clean) {
      const clean = options.clean;
      it('leaves clean values exactly as they are and reports nothing', () => {
        fc.assert(
          fc.property(clean, (value) => {
            const result = engine.fix(subject(value));
            expect(describeMessages(result.messages)).toEqual([]);
            expect(result.changes).toEqual([]);
          }),
          { numRuns },
        );
      });
    }

    it(`never throws or fails to settle, fixes idempotently and leaves nothing fixable${accepts ? ', and leaves an error exactly where the platform refuses the value' : ''} (any input, typed or untyped)`, () => {
      fc.assert(
        fc.property(noise, (value) => assertFixLaws(engine, plugin, value, options)),
        { numRuns },
      );
    });
  });
}

/** The laws for one value (see `testFixProperties`), throwing when one fails. Exported for the tester's own tests. */
export function assertFixLaws(engine: Engine, plugin: Plugin, value: string, options: FixPropertiesOptions): void {
  const typed = options.subject(value);
  noTrouble(engine.check(typed).messages);
  noTrouble(engine.fix(indicatorFromSummary(value)).messages);
  const detection = plugin.detect?.(value);
  if (detection) expect(detection.confidence).toBeGreaterThan(0);

  const first = engine.fix(typed);
  noTrouble(first.messages);
  const output = (first.output ?? first.subject) as IndicatorSubject;
  if (first.output) options.fixed?.(value, output);
  const checked = engine.check(output);
  expect(describeMessages(checked.messages.filter((m) => m.fix)), `fixing ${JSON.stringify(value)} left fixable problems`).toEqual([]);
  expect(engine.fix(output).changes, `fixing ${JSON.stringify(value)} twice changed more than fixing it once`).toEqual([]);
  if (options.accepts) {
    const refused = !options.accepts(output);
    expect(checked.errorCount > 0, `${JSON.stringify(output.values)} (fixed from ${JSON.stringify(value)}) ${refused ? 'is refused by the platform, but has no error' : 'is accepted by the platform, but has errors'}: ${describeMessages(checked.messages).join('; ')}`).toBe(refused);
  }
}

function noTrouble(messages: readonly LintMessage[]): void {
  expect(describeMessages(messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix')))).toEqual([]);
}
