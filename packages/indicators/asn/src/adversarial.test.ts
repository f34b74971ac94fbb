import { createEngine, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

const MB = 1 << 20;
const engine = createEngine({ config: [plugin.configs.recommended] });

/**
 * The fastest of a few runs: scheduler noise on a busy machine only ever adds
 * time, while a super-linear algorithm is slow on every run.
 */
function fastest(run: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const inputs: Record<string, string> = {
  digits: '9'.repeat(MB),
  'prefixed digits': `ASN${'0'.repeat(MB)}1`,
  'digits then junk': `AS${'1'.repeat(MB)}x`,
  dots: '.'.repeat(MB),
  'digit-dot runs': '1.'.repeat(MB / 2),
  colons: ':'.repeat(MB),
  hyphens: '-'.repeat(MB),
  brackets: '[.]'.repeat(MB / 3),
  backslashes: '\\'.repeat(MB),
  punycode: 'xn--'.repeat(MB / 4),
  'spaces inside': `ASN${' '.repeat(MB)}1`,
  prefixes: 'AS'.repeat(MB / 2),
};

describe('1 MB adversarial input', () => {
  it.each(Object.entries(inputs))('handles %s in well under 100 ms', (_name, value) => {
    const subject = indicator('ASN', { 'AS Number': value });
    const result = engine.fix(subject);
    expect(result.messages.filter((m) => m.internal)).toEqual([]);
    for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
    expect(fastest(() => engine.fix(subject))).toBeLessThan(100);
    expect(fastest(() => plugin.detect(value))).toBeLessThan(100);
  });
});
