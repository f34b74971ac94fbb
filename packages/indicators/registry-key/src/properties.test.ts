import { createEngine, indicator, indicatorFromSummary, type IndicatorSubject, type LintResult, type Subject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGISTRY_ROOTS, ROOT_ABBREVIATIONS, VALUE_TYPES } from './constants.js';
import { plugin } from './index.js';
import { platformAccepts } from './testing/platform.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const registryKey = (values: Record<string, string>) => indicator('Registry Key', values);

/** A key name below the root: any text without a backslash, not empty. */
const subkey = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\\') && !/[\n\r\u0085\u2028\u2029=]/.test(s));
const path = fc.array(subkey, { maxLength: 4 }).map((parts) => parts.map((p) => `\\${p}`).join(''));
const validValues = fc.record({
  'Key Name': fc.tuple(fc.constantFrom(...REGISTRY_ROOTS), path).map(([root, rest]) => root + rest),
  'Value Name': fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => !/[\n\r\u0085\u2028\u2029]/.test(s)),
  'Value Type': fc.constantFrom(...VALUE_TYPES),
}).filter((v) => [...v['Key Name']].length <= 257 && [...v['Value Name']].length <= 214);
const registryish = fc.string({
  unit: fc.constantFrom('H', 'K', 'L', 'M', 'h', 'k', 'E', 'Y', '_', 'R', 'G', 'r', 'e', 'g', '\\', ':', ' ', '/', '[', '.', ']', '\u0000', '\ud800', 'ı', 'ſ'),
});
const noise = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), registryish);
const anyValues = fc.record(
  { 'Key Name': noise, 'Value Name': noise, 'Value Type': fc.oneof(noise, fc.constantFrom(...VALUE_TYPES, 'reg_sz', ' REG_NONE ', 'REG_RESOURCE_LIST')) },
  { requiredKeys: [] },
);

function noInternal(result: LintResult<Subject>) {
  expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
}

describe('registry-key properties', () => {
  it('leaves valid indicators unchanged and reports nothing', () => {
    fc.assert(
      fc.property(validValues, (values) => {
        const result = engine.fix(registryKey(values));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('rewrites only the root: the rest of the key keeps its exact text and case', () => {
    const spelled = fc.record({
      root: fc.constantFrom(...REGISTRY_ROOTS, ...Object.keys(ROOT_ABBREVIATIONS)),
      lower: fc.boolean(),
      drive: fc.boolean(),
      rest: path,
    });
    fc.assert(
      fc.property(spelled, ({ root, lower, drive, rest }) => {
        const written = (lower ? root.toLowerCase() : root) + (drive ? ':' : '');
        const result = engine.fix(registryKey({ 'Key Name': written + rest, 'Value Name': ' ', 'Value Type': 'REG_SZ' }));
        const canonical = ROOT_ABBREVIATIONS[root] ?? root;
        expect((result.output ?? result.subject).values['Key Name']).toBe(canonical + rest);
        expect(result.errorCount).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws or misbehaves on arbitrary input, typed or untyped', () => {
    fc.assert(
      fc.property(anyValues, noise, (values, raw) => {
        noInternal(engine.check(registryKey(values)));
        noInternal(engine.fix(registryKey(values)));
        noInternal(engine.fix(indicatorFromSummary(raw)));
        noInternal(engine.fix(indicatorFromSummary(raw, 'Registry Key')));
      }),
      { numRuns: 300 },
    );
  });

  it('fixes idempotently, and the fixed indicator has nothing left to fix', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const first = engine.fix(registryKey(values));
        const fixed = first.output ?? first.subject;
        const checked = engine.check(fixed);
        expect(checked.messages.filter((m) => m.fix)).toEqual([]);
        expect(engine.fix(fixed).changes).toEqual([]);
        // a fix never claims to have fixed what ThreatConnect still refuses
        expect(checked.errorCount > 0).toBe(!platformAccepts(fixed as IndicatorSubject));
      }),
      { numRuns: 300 },
    );
  });
});
