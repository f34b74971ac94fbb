import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { SUBJECT } from './field.js';
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
  dots: '.'.repeat(MB),
  colons: ':'.repeat(MB),
  hyphens: '-'.repeat(MB),
  brackets: '[.]'.repeat(MB / 3),
  backslashes: '\\'.repeat(MB),
  punycode: 'xn--'.repeat(MB / 4),
  whitespace: ' '.repeat(MB),
  'whitespace around': `${' '.repeat(MB / 2)}x${'\u3000'.repeat(MB / 2)}`,
  'line breaks': '\n'.repeat(MB),
  'a control character at the end': `${'a'.repeat(MB)}\u0000`,
  'a word, then whitespace': `a${' '.repeat(MB)}`,
  'words and spaces': 'a '.repeat(MB / 2),
  'reply prefixes': 'Re:'.repeat(MB / 3),
  'reply prefix, then nothing': `Re:${' '.repeat(MB)}`,
  'summary separators': ' : '.repeat(MB / 3),
};

describe('1 MB adversarial input', () => {
  engine.fix(subject(' warm\n')); // warm up

  it.each(Object.entries(inputs))('handles %s in well under 100 ms', (_name, value) => {
    const indicatorSubject = subject(value);
    const result = engine.fix(indicatorSubject);
    expect(result.messages.filter((m) => m.internal)).toEqual([]);
    for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
    expect(fastest(() => engine.fix(indicatorSubject))).toBeLessThan(100);
    expect(fastest(() => engine.check(indicatorFromSummary(value)))).toBeLessThan(100);
  });
});

function subject(value: string) {
  return indicator('Email Subject', { [SUBJECT]: value });
}
