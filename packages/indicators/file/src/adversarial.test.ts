import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { ADVERSARIAL_INPUTS, assertFastOnLongInput, fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });

const strings: Record<string, string> = {
  ...ADVERSARIAL_INPUTS,
  'upper-case hex': 'ABCDEF0123'.repeat(MB / 10),
  'fingerprint pairs': 'AA:'.repeat(MB / 3),
  separators: ' : '.repeat(MB / 3),
  'hex then junk': `${'a'.repeat(MB)}g`,
};

describe('1 MB adversarial input', () => {
  engine.fix(indicatorFromSummary(' D4:1D : x', 'File')); // warm up

  it.each(Object.entries(strings))('handles %s in one field, or spread over all three, in well under 100 ms', (_name, value) => {
    const third = value.slice(0, Math.floor(value.length / 3));
    const cases: Record<string, string>[] = [{ md5: value }, { sha256: value }, { md5: third, sha1: third, sha256: third }];
    for (const values of cases) assertFastOnLongInput(engine, indicator('File', values));
  });

  it.each(Object.entries(strings))('types %s in well under 100 ms', (_name, value) => {
    expect(fastest(() => engine.check(indicatorFromSummary(value)), { budget: 100 })).toBeLessThan(100);
    expect(fastest(() => engine.fix(indicatorFromSummary(value, 'File')), { budget: 100 })).toBeLessThan(100);
  });
});
