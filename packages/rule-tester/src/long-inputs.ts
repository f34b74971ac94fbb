import { createEngine, type Engine, type Plugin, type Subject } from '@tclint/core';
import { describe, expect, it } from 'vitest';

export const MB = 1 << 20;

/** 1 MB values that make naive scanners and regexes slow, for any rule package; add your own. */
export const ADVERSARIAL_INPUTS: Readonly<Record<string, string>> = {
  digits: '9'.repeat(MB),
  dots: '.'.repeat(MB),
  colons: ':'.repeat(MB),
  hyphens: '-'.repeat(MB),
  brackets: '[.]'.repeat(MB / 3),
  backslashes: '\\'.repeat(MB),
  punycode: 'xn--'.repeat(MB / 4),
  whitespace: ' '.repeat(MB),
};

/**
 * The fastest of a few runs, in ms: scheduler noise on a busy machine only
 * ever adds time, while a super-linear algorithm is slow on every run.
 */
export function fastest(run: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export interface LongInputOptions {
  /** The subject a value is checked in. */
  subject: (value: string) => Subject;
  /** The values, by name (each a test). */
  inputs: Readonly<Record<string, string>>;
  /** A value fixed once before the tests, so the first one does not pay for warming up. */
  warmUp?: string;
  /** More work on the raw value that must be as fast (type detection, checking it as a summary line), with the same engine. */
  also?: (value: string, engine: Engine) => unknown;
}

/**
 * One test per value, with the plugin's recommended config (see
 * `assertFastOnLongInput`).
 */
export function testLongInputs(plugin: Plugin, options: LongInputOptions): void {
  const recommended = plugin.configs?.recommended;
  if (!recommended) throw new Error(`${plugin.meta.name} has no recommended config`);
  const engine = createEngine({ config: [recommended] });
  describe('1 MB adversarial input', () => {
    if (options.warmUp !== undefined) engine.fix(options.subject(options.warmUp));
    it.each(Object.entries(options.inputs))('handles %s in well under 100 ms', (_name, value) => {
      const also = options.also;
      assertFastOnLongInput(engine, options.subject(value), also && (() => also(value, engine)));
    });
  });
}

/**
 * Fixing the subject reports no internal error and no message over 500
 * characters, and fixing it (and `also`) takes under 100 ms, the fastest of 3 runs.
 */
export function assertFastOnLongInput(engine: Engine, subject: Subject, also?: () => unknown): void {
  const result = engine.fix(subject);
  expect(result.messages.filter((m) => m.internal)).toEqual([]);
  for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
  expect(fastest(() => engine.fix(subject))).toBeLessThan(100);
  if (also) expect(fastest(also)).toBeLessThan(100);
}
