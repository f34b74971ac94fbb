import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { analyzeEmailAddress, detectEmailAddress, plugin, splitEmail } from './index.js';

const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** A megabyte of each shape that makes naive scanners or regular expressions backtrack. */
const INPUTS: Record<string, string> = {
  digits: fill('1'),
  dots: fill('.'),
  colons: fill(':'),
  hyphens: fill('-'),
  brackets: fill('['),
  backslashes: fill('\\'),
  punycode: fill('xn--'),
  'at signs': fill('@'),
  quotes: fill('"'),
  'escaped quotes': `"${fill('\\"')}`,
  'local part of a megabyte': `${fill('a.')}@example.com`,
  'non-ASCII local part': `${fill('é')}@example.com`,
  'domain of a megabyte': `user@${fill('a.')}com`,
  'punycode domain': `user@${fill('xn--a.')}com`,
  'non-ASCII domain': `user@${fill('ö.')}com`,
  'upper-case domain': `user@${fill('A')}.com`,
  'defanged ats': fill('a[at]'),
  whitespace: `${fill(' ')}user@example.com${fill('\t')}`,
};

const engine = createEngine({ config: [plugin.configs.recommended] });

describe('1 MB adversarial inputs', () => {
  for (const [name, value] of Object.entries(INPUTS)) {
    it(`${name}: every rule, detect and helper in well under 100 ms`, () => {
      const subject = indicator('EmailAddress', { address: value });
      const checked = engine.check(subject);
      expect(checked.messages.some((m) => m.internal)).toBe(false);
      for (const m of checked.messages) expect(m.message.length).toBeLessThan(1000);
      const ms = fastest(
        () => {
          engine.check(subject);
          engine.fix(subject);
          engine.check(indicatorFromSummary(value));
          detectEmailAddress(value);
          analyzeEmailAddress(value);
          splitEmail(value);
        },
        { budget: 100 },
      );
      expect(ms).toBeLessThan(100);
    });
  }
});
