import { createEngine, indicator } from '@tclint/core';
import { normalizeHost, toAsciiHost } from '@tclint/hostname';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const host = (hostName: string) => indicator('Host', { hostName });
const accepted = (value: string) => recordedIndicatorTypes().check('Host', 'hostName', value)?.kind === 'match';

/** An LDH label: letters and digits, inner hyphens, never hyphens in positions 3 and 4. */
const ldhLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/).filter((l) => !(l[2] === '-' && l[3] === '-'));
/** Real top-level domains that ThreatConnect's Host pattern accepts. */
const tld = fc.constantFrom('com', 'net', 'org', 'de', 'uk', 'museum', 'info', 'io', 'jp', 'la', 'gr', 'xn--p1ai', 'international', 'zip');
const asciiHost = fc.tuple(fc.array(ldhLabel, { minLength: 1, maxLength: 5 }), tld).map(([labels, top]) => [...labels, top].join('.'));

/** Internationalized labels from a mix of scripts. */
const unicodeLetter = fc.constantFrom(...'abcxyzäöüßéèçñøåæœšžłıİςσπλжщыяعبשלוםकखगक्षあいう漢字한국ｅｘ'.split(''));
const unicodeLabel = fc.array(unicodeLetter, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const idnHost = fc.tuple(fc.array(unicodeLabel, { minLength: 1, maxLength: 3 }), tld).map(([labels, top]) => [...labels, top].join('.'));

/** A valid host written the ways feeds write it: upper case, a root dot, whitespace, typographic dashes. */
const validName = fc.oneof(asciiHost, idnHost).filter((name) => {
  const ascii = toAsciiHost(name);
  return ascii !== undefined && normalizeHost(ascii).problems.length === 0;
});
const fixableHost = fc
  .tuple(validName, fc.boolean(), fc.boolean(), fc.constantFrom('', ' ', '\t', '\u00a0'), fc.boolean())
  .map(([name, upper, dot, space, dash]) => `${space}${(dash && !name.includes('xn--') ? name.replace('-', '–') : name)[upper ? 'toUpperCase' : 'toString']()}${dot ? '.' : ''}${space}`);

/** Characters that make host checking interesting, including broken UTF-16. */
const hostish = fc
  .array(fc.constantFrom('a', 'Z', '0', '9', '-', '–', '.', '_', 'x', 'n', '--', 'xn--', 'ö', 'ß', 'İ', '。', '．', ' ', '\t', '\u00a0', '\u200d', '\u200c', '\u0300', '\u00ad', 'ｅ', '[', ']', ':', '/', '@', '%', '\ud800', '\udc00', 'ש', '١', '\u0000', '💩', 'com', 'exe'), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anything = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), hostish, fc.string({ maxLength: 60 }));

describe('valid hosts', () => {
  it('random lower-case ASCII hosts with real top-level domains report nothing and do not change', () => {
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
        fc.pre(ascii !== undefined && normalizeHost(ascii).problems.length === 0);
        const result = engine.fix(host(ascii!));
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fixing', () => {
  it('turns a valid host written as feeds write it into a value ThreatConnect accepts, with nothing left to report', () => {
    fc.assert(
      fc.property(fixableHost, (value) => {
        const result = engine.fix(host(value));
        const output = result.output?.values.hostName ?? value;
        // a dash right after a label's "xn" is read as the "--" of a Punycode prefix
        fc.pre(normalizeHost(output).problems.every((p) => p.code !== 'invalid-idn'));
        expect(result.messages).toEqual([]);
        expect(accepted(output)).toBe(true);
        expect(engine.fix(host(output)).changes).toEqual([]);
      }),
      { numRuns: 400 },
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

  it('fixing twice is fixing once, and leaves nothing fixable', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fixableHost), (value) => {
        const first = engine.fix(host(value));
        const output = first.output ?? host(value);
        const second = engine.fix(output);
        expect(second.changes).toEqual([]);
        expect(second.messages.filter((m) => m.fix)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('a fix is made only where the fixed value is one ThreatConnect accepts', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fixableHost), (value) => {
        const result = engine.fix(host(value));
        if (result.output) expect(accepted(result.output.values.hostName!) || result.messages.some((m) => m.severity === 'error' && !m.fix)).toBe(true);
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
