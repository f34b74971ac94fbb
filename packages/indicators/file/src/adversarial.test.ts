import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { fastest } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const MB = 1 << 20;
const engine = createEngine({ config: [plugin.configs.recommended] });

const strings: Record<string, string> = {
  digits: '9'.repeat(MB),
  'upper-case hex': 'ABCDEF0123'.repeat(MB / 10),
  dots: '.'.repeat(MB),
  colons: ':'.repeat(MB),
  'fingerprint pairs': 'AA:'.repeat(MB / 3),
  hyphens: '-'.repeat(MB),
  brackets: '[.]'.repeat(MB / 3),
  backslashes: '\\'.repeat(MB),
  punycode: 'xn--'.repeat(MB / 4),
  whitespace: ' '.repeat(MB),
  separators: ' : '.repeat(MB / 3),
  'hex then junk': `${'a'.repeat(MB)}g`,
};

describe('1 MB adversarial input', () => {
  engine.fix(indicatorFromSummary(' D4:1D : x', 'File')); // warm up

  it.each(Object.entries(strings))('handles %s in one field, or spread over all three, in well under 100 ms', (_name, value) => {
    const third = value.slice(0, Math.floor(value.length / 3));
    const cases: Record<string, string>[] = [{ md5: value }, { sha256: value }, { md5: third, sha1: third, sha256: third }];
    for (const values of cases) {
      const subject = indicator('File', values);
      const result = engine.fix(subject);
      expect(result.messages.filter((m) => m.internal)).toEqual([]);
      for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
      expect(fastest(() => engine.fix(subject))).toBeLessThan(100);
    }
  });

  it.each(Object.entries(strings))('types %s in well under 100 ms', (_name, value) => {
    expect(fastest(() => engine.check(indicatorFromSummary(value)))).toBeLessThan(100);
    expect(fastest(() => engine.fix(indicatorFromSummary(value, 'File')))).toBeLessThan(100);
  });
});
