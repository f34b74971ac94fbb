import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { DEFANGABLE_TYPES, detectDefanged, findDefangs, MAX_REFANGED_LENGTH, plugin, refang } from './index.js';

const fillTo = (length: number, unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const FIELD: Record<string, string> = { Host: 'hostName', URL: 'text', Address: 'ip', CIDR: 'Block', EmailAddress: 'address' };

/** Each shape that makes naive scanners or regular expressions backtrack, or makes many defanged parts. */
const SHAPES: Record<string, (length: number) => string> = {
  digits: (n) => fillTo(n, '1'),
  dots: (n) => fillTo(n, '.'),
  colons: (n) => fillTo(n, ':'),
  hyphens: (n) => fillTo(n, '-'),
  brackets: (n) => fillTo(n, '['),
  'open and close brackets': (n) => fillTo(n, '[]'),
  backslashes: (n) => fillTo(n, '\\'),
  punycode: (n) => fillTo(n, 'xn--'),
  'defanged dots': (n) => fillTo(n, 'a[.]'),
  'defanged words between spaces': (n) => fillTo(n, ' [dot] '),
  'spaces then one token': (n) => `a${fillTo(n / 2 - 3, ' ')}[at]${fillTo(n / 2 - 3, ' ')}b`,
  'nearly tokens': (n) => fillTo(n, '[do'),
  'nested brackets': (n) => `${fillTo(n / 2, '[')}.${fillTo(n / 2 - 1, ']')}`,
  schemes: (n) => fillTo(n, 'hxxp'),
  'defanged URL with a long path': (n) => `hxxps[:]//evil[.]example[.]net/${fillTo(n - 31, 'a(.)')}`,
};

const engine = createEngine({ config: [plugin.configs.recommended] });

function rulesAndDetect(value: string) {
  for (const type of DEFANGABLE_TYPES) {
    const subject = indicator(type, { [FIELD[type]!]: value });
    const checked = engine.check(subject);
    expect(checked.messages.some((m) => m.internal)).toBe(false);
    for (const m of checked.messages) expect(m.message.length).toBeLessThan(1000);
    expect(fastest(() => engine.check(subject), { budget: 100 }), type).toBeLessThan(100);
  }
  const url = indicator('URL', { text: value });
  const fixed = engine.fix(url);
  expect(fixed.messages.some((m) => m.internal)).toBe(false);
  const passes = new Set(fixed.changes.map((c) => c.ruleId)).size + 1;
  expect(fastest(() => engine.fix(url), { budget: 100 * passes }) / passes).toBeLessThan(100);
  expect(fastest(() => engine.check(indicatorFromSummary(value)), { budget: 100 })).toBeLessThan(100);
  expect(fastest(() => detectDefanged(value), { budget: 100 })).toBeLessThan(100);
}

describe('1 MB adversarial inputs', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name}: every rule, fixing and detect in well under 100 ms`, () => rulesAndDetect(shape(MB)));
  }
});

describe(`adversarial inputs of ${MAX_REFANGED_LENGTH} characters, the longest the rules refang`, () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name}: every rule, each fixing pass and detect in well under 100 ms`, () => {
      const value = shape(MAX_REFANGED_LENGTH);
      expect(value.length).toBe(MAX_REFANGED_LENGTH);
      rulesAndDetect(value);
    });
  }

  it('refangs a value of that length full of defanged parts', () => {
    const result = engine.fix(indicator('Host', { hostName: fillTo(MAX_REFANGED_LENGTH, 'a[.]') }));
    expect(result.output?.values.hostName).toBe(fillTo(MAX_REFANGED_LENGTH / 2, 'a.'));
    expect(engine.check(indicator('Host', { hostName: `${fillTo(MAX_REFANGED_LENGTH, 'a')}[.]` })).messages).toEqual([]);
  });
});

describe('the library helpers on 1 MB', () => {
  it.each(Object.entries(SHAPES))('%s: findDefangs and refang stay linear', (_name, shape) => {
    const value = shape(MB);
    // up to 262,144 defanged parts: about 50 ms of CPU time; a quadratic scan would take hours
    let defangs: ReturnType<typeof findDefangs> = [];
    const ms = fastest(
      () => {
        defangs = findDefangs(value);
        refang(value);
      },
      { runs: 1 },
    );
    expect(ms).toBeLessThan(3000);
    expect(defangs.every((d, i) => i === 0 || defangs[i - 1]!.end <= d.start)).toBe(true);
  });
});
