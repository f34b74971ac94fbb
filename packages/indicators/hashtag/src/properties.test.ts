import { createEngine, findControlCharacter, indicator, indicatorFromSummary, type LintResult, type Subject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASHTAG, MAX_HASHTAG_LENGTH } from './field.js';
import { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const hashtag = (value: string) => indicator('Hashtag', { [HASHTAG]: value });

const word = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'Z', '0', '_', '-', '.', '[', ']', '\\', '#'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 40 });
const valid = word.map((w) => `#${w}`).filter((s) => s.length <= MAX_HASHTAG_LENGTH && findControlCharacter(s) === undefined && !/\s/.test(s));
const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('#', '＃', 'a', ' ', '\t', '\n', '\u0000', '\u00a0', '\u2028', '\u3000', '\ufeff', '\ud800', '_') }),
  fc.string({ unit: fc.constantFrom('#', 'a', ' '), minLength: 120, maxLength: 140 }),
);

function noInternal(result: LintResult<Subject>) {
  expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
}

describe('hashtag properties', () => {
  it('leaves valid hashtags exactly as they are and reports nothing', () => {
    fc.assert(
      fc.property(valid, (value) => {
        const result = engine.fix(hashtag(value));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('fixes a word without its # to the hashtag, whatever the whitespace around it', () => {
    const spelled = fc.record({ w: word.filter((w) => !w.startsWith('#') && !w.startsWith('＃')), before: fc.constantFrom('', ' ', '\u00a0'), after: fc.constantFrom('', ' ', '\r\n') });
    fc.assert(
      fc.property(spelled, ({ w, before, after }) => {
        const tag = `#${w}`;
        fc.pre(tag.length <= MAX_HASHTAG_LENGTH && findControlCharacter(tag) === undefined && !/\s/.test(tag));
        const result = engine.fix(hashtag(before + w + after));
        expect(result.output?.values[HASHTAG]).toBe(tag);
        expect(result.errorCount + result.warningCount).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws or misbehaves on arbitrary input, typed or untyped', () => {
    fc.assert(
      fc.property(noise, (value) => {
        noInternal(engine.check(hashtag(value)));
        noInternal(engine.fix(hashtag(value)));
        noInternal(engine.fix(indicatorFromSummary(value)));
        const detection = plugin.detect(value);
        if (detection) expect(detection.confidence).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('fixes idempotently, and the fixed hashtag has nothing left to fix', () => {
    fc.assert(
      fc.property(noise, (value) => {
        const first = engine.fix(hashtag(value));
        const fixed = first.output ?? first.subject;
        expect(engine.check(fixed).messages.filter((m) => m.fix)).toEqual([]);
        expect(engine.fix(fixed).changes).toEqual([]);
        // a fixed hashtag starts with # or still has an error that no fix can remove (`＃` alone, empty)
        if (!fixed.values[HASHTAG]?.startsWith('#')) expect(first.errorCount).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
