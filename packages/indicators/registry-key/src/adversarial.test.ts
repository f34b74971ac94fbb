import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { ADVERSARIAL_INPUTS, fastest, MB } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });

const strings: Record<string, string> = {
  ...ADVERSARIAL_INPUTS,
  separators: ' : '.repeat(MB / 3),
  'a long key': `HKLM${'\\Software'.repeat(MB / 9)}`,
  'native prefixes': '\\REGISTRY\\'.repeat(MB / 10),
  'root without separator': `HKEY_LOCAL_MACHINE${'x'.repeat(MB)}`,
  'provider prefixes': 'Registry::'.repeat(MB / 10),
};

describe('1 MB adversarial input', () => {
  engine.fix(indicatorFromSummary('hklm\\x :  : reg_sz', 'Registry Key')); // warm up

  it.each(Object.entries(strings))('handles %s in every field in well under 100 ms', (_name, value) => {
    for (const values of [{ 'Key Name': value, 'Value Name': ' ', 'Value Type': 'REG_SZ' }, { 'Key Name': 'HKLM', 'Value Name': value, 'Value Type': value }]) {
      const subject = indicator('Registry Key', values);
      const result = engine.fix(subject);
      expect(result.messages.filter((m) => m.internal)).toEqual([]);
      for (const m of result.messages) expect(m.message.length).toBeLessThan(1000);
      expect(fastest(() => engine.fix(subject), { budget: 100 })).toBeLessThan(100);
    }
  });

  it.each(Object.entries(strings))('types %s in well under 100 ms', (_name, value) => {
    expect(fastest(() => engine.check(indicatorFromSummary(value)), { budget: 100 })).toBeLessThan(100);
  });
});
