import { createEngine, indicator } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHost, plugin, toAsciiHost } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const host = (hostName: string) => indicator('Host', { hostName });

/** An LDH label: letters and digits, inner hyphens, never hyphens in positions 3 and 4. */
const ldhLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/).filter((l) => !(l[2] === '-' && l[3] === '-'));
const tld = fc.stringMatching(/^[a-z]{2,10}$/);
const asciiHost = fc.tuple(fc.array(ldhLabel, { minLength: 1, maxLength: 5 }), tld).map(([labels, top]) => [...labels, top].join('.'));

/** Internationalized labels from a mix of scripts, turned into their Punycode form. */
const unicodeLetter = fc.constantFrom(...'abcxyzäöüßéèçñøåæœšžłıİςσπλжщыяعبשלוםकखगक्षあいう漢字한국ｅｘ'.split(''));
const unicodeLabel = fc.array(unicodeLetter, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const idnHost = fc.tuple(fc.array(unicodeLabel, { minLength: 1, maxLength: 3 }), tld).map(([labels, top]) => [...labels, top].join('.'));

/** Characters that make host checking interesting, including broken UTF-16. */
const hostish = fc
  .array(fc.constantFrom('a', 'Z', '0', '9', '-', '.', '_', 'x', 'n', '--', 'xn--', 'ö', 'ß', 'İ', '。', '．', ' ', '\t', '\u00a0', '\u200d', '\u200c', '\u0300', '\u00ad', 'ｅ', '[', ']', ':', '/', '@', '%', '\ud800', '\udc00', 'ש', '١', '\u0000', '💩'), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), hostish, fc.string({ maxLength: 60 }));

describe('valid hosts', () => {
  it('random lower-case ASCII hosts report nothing and do not change', () => {
    fc.assert(
      fc.property(asciiHost, (value) => {
        const result = engine.fix(host(value));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the Punycode form of random internationalized hosts reports nothing and does not change', () => {
    fc.assert(
      fc.property(idnHost, (value) => {
        const ascii = toAsciiHost(value);
        fc.pre(ascii !== undefined);
        const result = engine.fix(host(ascii!));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('any string', () => {
  it('never throws, and never makes a rule misbehave', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const checked = engine.check(host(value));
        expect(checked.messages.filter((m) => m.internal)).toEqual([]);
        const fixed = engine.fix(host(value));
        expect(fixed.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('fixing is idempotent and leaves nothing fixable', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const first = engine.fix(host(value));
        const output = first.output ?? host(value);
        const second = engine.fix(output);
        expect(second.changes).toEqual([]);
        expect(second.messages.filter((m) => m.fix)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('ascii, when given, is what the fixer arrives at, and is itself clean', () => {
    fc.assert(
      fc.property(fc.oneof(anything, idnHost.map((h) => ` ${h.toUpperCase()}. `)), (value) => {
        const ascii = toAsciiHost(value);
        if (ascii === undefined) return;
        expect(engine.fix(host(value)).output?.values.hostName ?? value).toBe(ascii);
        expect(normalizeHost(ascii).problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(toAsciiHost(ascii)).toBe(ascii);
      }),
      { numRuns: 400 },
    );
  });

  it('each fixable problem repairs only itself: applying its repair removes that problem', () => {
    fc.assert(
      fc.property(anything, (value) => {
        for (const problem of normalizeHost(value).problems) {
          if (problem.fixed === undefined) continue;
          expect(normalizeHost(problem.fixed).problems.map((p) => p.code)).not.toContain(problem.code);
        }
      }),
      { numRuns: 400 },
    );
  });
});
