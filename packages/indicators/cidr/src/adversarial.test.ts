import { createEngine, indicator } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { analyzeBlock } from './analyze-block.js';
import { detectCidr } from './detect.js';
import { plugin } from './index.js';
import { isThreatConnectBlock } from './is-clean.js';
import { normalizeCidr } from './normalize.js';

const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** A megabyte of each shape that makes naive scanners or regexes backtrack. */
const INPUTS: Record<string, string> = {
  digits: fill('1'),
  dots: fill('.'),
  colons: fill(':'),
  hyphens: fill('-'),
  brackets: fill('['),
  backslashes: fill('\\'),
  punycode: fill('xn--'),
  'dotted digits': fill('1.'),
  'hex groups': fill('abcd:'),
  'double colons': fill('1::'),
  percent: fill('%'),
  slashes: fill('1/'),
  'digits after a slash': `10.0.0.0/${fill('0')}8`,
  'zone of a megabyte': `fe80::%${fill('e')}/64`,
  'address then junk': `2001:db8::/48${fill(' x')}`,
  whitespace: `${fill(' ')}10.0.0.0/8${fill('\t')}`,
  'dotted prefix': `10.0.0.0/${fill('255.')}`,
  'hex prefix': `2001:db8::/${fill('ffff:')}`,
};

const engine = createEngine({ config: [plugin.configs.recommended] });

describe('1 MB adversarial inputs', () => {
  for (const [name, value] of Object.entries(INPUTS)) {
    it(`${name}: every rule, detect and helper in well under 100 ms`, () => {
      const ms = fastest(
        () => {
          const subject = indicator('CIDR', { Block: value });
          const checked = engine.check(subject);
          expect(checked.messages.some((m) => m.internal)).toBe(false);
          // messages quote an excerpt, not the megabyte
          for (const m of checked.messages) expect(m.message.length).toBeLessThan(1000);
          engine.fix(subject);
          detectCidr(value);
          normalizeCidr(value);
          analyzeBlock(value);
          isThreatConnectBlock(value);
        },
        { budget: 100 },
      );
      expect(ms).toBeLessThan(100);
    });
  }
});
