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

export interface FastestOptions<T> {
  /** Runs at most this many times (5). */
  runs?: number;
  /**
   * Stops once one run takes less than this many ms (the others would only
   * confirm it), or more than 5 times as many (no load explains that).
   */
  budget?: number;
  /** Runs before each run, untimed; what it returns is the run's input (a fresh subject), and it can empty a cache. */
  before?: () => T;
}

/**
 * The least CPU time (user + system, in ms) this process spends in `run`,
 * over a few runs. CPU time does not count the time the process waits while
 * other processes use the cores; the best of a few runs leaves out a garbage
 * collection, or the cache misses of sharing a core with busy neighbours, that
 * fell into one. A super-linear algorithm is slow on every run.
 */
export function fastest<T = undefined>(run: (input: T) => unknown, options: FastestOptions<T> = {}): number {
  const { runs = 5, budget = 0, before } = options;
  let best = Infinity;
  for (let i = 0; i < runs && best >= budget; i++) {
    const input = before?.() as T;
    const start = process.cpuUsage();
    run(input);
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    best = Math.min(best, ms);
    if (budget > 0 && ms > 5 * budget) break;
  }
  return best;
}

/**
 * CPU time (user + system, ms) this process spends in `run`, awaited: unlike
 * the wall clock, it does not grow while other processes use the cores.
 */
export async function cpuMs(run: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
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
 * characters, and fixing it (and `also`) takes under 100 ms of CPU time, the
 * fastest of up to 5 runs (the first run under 100 ms ends it).
 */
export function assertFastOnLongInput(engine: Engine, subject: Subject, also?: () => unknown): void {
  const result = engine.fix(subject);
  expect(result.messages.filter((m) => m.internal)).toEqual([]);
  for (const m of result.messages) expect(m.message.length).toBeLessThan(500);
  expect(fastest(() => engine.fix(subject), { budget: 100 })).toBeLessThan(100);
  if (also) expect(fastest(also, { budget: 100 })).toBeLessThan(100);
}
