import { createEngine, findControlCharacter, indicator, indicatorFromSummary, type LintResult, type Subject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USER_AGENT_STRING } from './field.js';
import { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const userAgent = (value: string) => indicator('User Agent', { [USER_AGENT_STRING]: value });

const isClean = (s: string) => s !== '' && s.trim() === s && findControlCharacter(s) === undefined;
const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,8}\/[0-9][0-9.]{0,6}$/);
const comment = fc.array(fc.stringMatching(/^[A-Za-z0-9 .;:_+/-]{1,12}$/), { minLength: 1, maxLength: 3 }).map((parts) => `(${parts.join('; ')})`);
const agent = fc.array(fc.oneof(token, comment), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')).filter(isClean);
const anyText = fc.string({ unit: 'grapheme', minLength: 1 }).filter(isClean);
const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('M', 'o', '/', '5', '.', '0', ' ', '(', ')', ';', '\\', '\t', '\n', '\r', '\u0000', '\u0085', '\u00a0', '\u2028', '\ufeff', '\ud800') }),
);

function noInternal(result: LintResult<Subject>) {
  expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
}

describe('user-agent properties', () => {
  it('leaves clean strings exactly as they are and reports nothing', () => {
    fc.assert(
      fc.property(fc.oneof(agent, anyText), (value) => {
        const result = engine.fix(userAgent(value));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('recognizes products and comments that start with a name/version product', () => {
    fc.assert(
      fc.property(token, fc.array(fc.oneof(token, comment), { maxLength: 5 }), (first, rest) => {
        expect(plugin.detect([first, ...rest].join(' '))).toEqual({ type: 'User Agent', confidence: expect.any(Number) as number });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws or misbehaves on arbitrary input, typed or untyped', () => {
    fc.assert(
      fc.property(noise, (value) => {
        noInternal(engine.check(userAgent(value)));
        noInternal(engine.fix(userAgent(value)));
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
        const first = engine.fix(userAgent(value));
        const fixed = first.output ?? first.subject;
        if (first.output) expect(fixed.values[USER_AGENT_STRING]).toBe(value.trim());
        expect(engine.check(fixed).messages.filter((m) => m.fix)).toEqual([]);
        expect(engine.fix(fixed).changes).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
