import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { USER_AGENT_STRING } from './field.js';
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
  'line breaks': '\r\n'.repeat(MB / 2),
  'open parentheses': `a/1 ${'('.repeat(MB)}`,
  'nested comments': `a/1 ${'('.repeat(MB / 2)}${')'.repeat(MB / 2)}`,
  'many products': 'a/1 '.repeat(MB / 4),
  'a long version': `curl/${'7.'.repeat(MB / 2)}`,
  'quoted pairs': `a/1 (${'\\)'.repeat(MB / 2)}`,
  'slashes': `a/1${'/'.repeat(MB)}`,
};

describe('1 MB adversarial input', () => {
  engine.fix(userAgent(' warm/1\n')); // warm up

  it.each(Object.entries(inputs))('handles %s in well under 100 ms', (_name, value) => {
    const subject = userAgent(value);
    const result = engine.fix(subject);
    expect(result.messages.filter((m) => m.internal)).toEqual([]);
    for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
    expect(fastest(() => engine.fix(subject))).toBeLessThan(100);
    expect(fastest(() => engine.check(indicatorFromSummary(value)))).toBeLessThan(100);
  });
});

function userAgent(value: string) {
  return indicator('User Agent', { [USER_AGENT_STRING]: value });
}
