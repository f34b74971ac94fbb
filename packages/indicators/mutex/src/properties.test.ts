import { createEngine, findControlCharacter, indicator, indicatorFromSummary, type LintResult, type Subject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUTEX } from './field.js';
import { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const mutex = (value: string) => indicator('Mutex', { [MUTEX]: value });

const isClean = (s: string) => s !== '' && s.trim() === s && findControlCharacter(s) === undefined;
const clean = fc.string({ unit: fc.oneof(fc.constantFrom('\\', '[', ']', '.', ':', ' ', 'G', 'l', 'o', 'b', 'a', 'L'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1 }).filter(isClean);
const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('G', 'l', '\\', ' ', '\t', '\n', '\r', '\u0000', '\u0085', '\u00a0', '\u2028', '\u3000', '\ufeff', '\ud800', 'x') }),
);

function noInternal(result: LintResult<Subject>) {
  expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
}

describe('mutex properties', () => {
  it('leaves clean names exactly as they are and reports nothing', () => {
    fc.assert(
      fc.property(clean, (value) => {
        const result = engine.fix(mutex(value));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws or misbehaves on arbitrary input, typed or untyped', () => {
    fc.assert(
      fc.property(noise, (value) => {
        noInternal(engine.check(mutex(value)));
        noInternal(engine.fix(mutex(value)));
        noInternal(engine.fix(indicatorFromSummary(value)));
        const detection = plugin.detect(value);
        if (detection) expect(detection.confidence).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('only ever trims, fixes idempotently, and leaves nothing fixable', () => {
    fc.assert(
      fc.property(noise, (value) => {
        const first = engine.fix(mutex(value));
        const fixed = first.output ?? first.subject;
        if (first.output) expect(fixed.values[MUTEX]).toBe(value.trim());
        expect(engine.check(fixed).messages.filter((m) => m.fix)).toEqual([]);
        expect(engine.fix(fixed).changes).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
