import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { detectAddress, normalizeAddress, plugin, splitAddress } from './index.js';

const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** A megabyte of each shape that makes naive scanners or regular expressions backtrack. */
const INPUTS: Record<string, string> = {
  digits: fill('1'),
  dots: fill('.'),
  colons: fill(':'),
  hyphens: fill('-'),
  brackets: fill('['),
  'closed brackets': fill('[]'),
  backslashes: fill('\\'),
  punycode: fill('xn--'),
  'dotted digits': fill('1.'),
  'hex groups': fill('abcd:'),
  'double colons': fill('1::'),
  percent: fill('%'),
  slashes: fill('1/'),
  'defanged dots': fill('1[.]'),
  'address then a megabyte of prefix': `10.0.0.1/${fill('0')}`,
  'zone of a megabyte': `fe80::1%${fill('e')}`,
  'port of a megabyte': `10.0.0.1:${fill('8')}`,
  'bracketed megabyte': `[${fill('a:')}]`,
  whitespace: `${fill(' ')}10.0.0.1${fill('\t')}`,
};

const engine = createEngine({ config: [plugin.configs.recommended] });

describe('1 MB adversarial inputs', () => {
  for (const [name, value] of Object.entries(INPUTS)) {
    it(`${name}: every rule, detect and helper in well under 100 ms`, () => {
      const subject = indicator('Address', { ip: value });
      const checked = engine.check(subject);
      expect(checked.messages.some((m) => m.internal)).toBe(false);
      // messages quote an excerpt, not the megabyte
      for (const m of checked.messages) expect(m.message.length).toBeLessThan(1000);
      const ms = fastest(
        () => {
          engine.check(subject);
          engine.fix(subject);
          engine.check(indicatorFromSummary(value));
          detectAddress(value);
          normalizeAddress(value);
          splitAddress(value);
        },
        { budget: 100 },
      );
      expect(ms).toBeLessThan(100);
    });
  }
});
