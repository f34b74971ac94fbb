/// <reference types="node" />
import { createEngine, indicator } from '@tclint/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectHost, normalizeHost, plugin } from './index.js';

/**
 * Milliseconds of CPU this process spends in `run` on a fresh input from
 * `make` (made outside the measurement). Unlike the wall clock, CPU time does
 * not count what other processes on a busy machine take. Over `budget`, it
 * tries again, up to three times, and gives the best: a garbage collection
 * that falls into one try is not the code's cost.
 */
function cpuTime<T>(budget: number, make: () => T, run: (input: T) => void): number {
  let best = Infinity;
  for (let i = 0; i < 3 && best >= budget; i++) {
    const input = make();
    const before = process.cpuUsage();
    run(input);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const MB = 1_000_000;
const fill = (unit: string, extra = '') => unit.repeat(Math.ceil(MB / unit.length)) + extra;

/** 1 MB inputs built to hurt: long runs of what the checks look for. */
const inputs: Record<string, string> = {
  digits: fill('1'),
  'dotted digits': fill('1.'),
  dots: fill('.'),
  colons: fill(':'),
  'hex groups': fill('ffff:'),
  hyphens: fill('-'),
  brackets: `[${fill('[')}]`,
  backslashes: fill('\\'),
  'xn-- run': fill('xn--'),
  'xn-- labels': fill('xn--a.'),
  'valid xn-- labels': fill('xn--fa-hia.'),
  'short labels': fill('a.'),
  'upper case': fill('A'),
  underscores: fill('_'),
  percent: fill('%4'),
  'non-ASCII': fill('ö'),
  'non-ASCII labels': fill('ö.'),
  'full-width dots': fill('ａ。'),
  'combining marks': fill('\u0300'),
  joiners: fill('a\u200d'),
  'lone surrogates': fill('\ud800'),
  'right-to-left': fill('ש1.'),
  whitespace: ` ${fill(' ')}a.com `,
  'defanged dots': fill('a[.]'),
  // the case flips at every character: one upper-case run per two characters
  'alternating case': fill('aB'),
  'alternating case labels': fill('aB.'),
  'alternating case in non-ASCII spaces': `\u3000${fill('aB')}\u3000`,
  'registry root run': fill('HKEY_LOCAL_MACHINE'),
};

describe('1 MB adversarial input', () => {
  const engine = createEngine({ config: [plugin.configs.recommended] });
  const ruleEngines = Object.keys(plugin.rules).map((id) =>
    createEngine({ config: [{ plugins: { host: plugin }, rules: { [`host/${id}`]: 'error' } }] }),
  );

  const copyOf = (value: string) => Buffer.from(value, 'utf16le').toString('utf16le');
  /** A fresh subject, with the analysis cache holding another value: every measurement does the whole work. */
  const fresh = (value: string) => () => {
    normalizeHost('cache.example');
    return indicator('Host', { hostName: copyOf(value) });
  };

  beforeAll(() => {
    // the budget is for the work, not for compiling it: let the JIT see every shape once
    for (const value of Object.values(inputs)) engine.check(fresh(value)());
  });

  it.each(Object.entries(inputs))('%s: each rule checks it in well under 100 ms', (_name, value) => {
    for (const ruleEngine of ruleEngines) {
      let messages: { internal?: true; message: string }[] = [];
      expect(cpuTime(100, fresh(value), (subject) => (messages = ruleEngine.check(subject).messages))).toBeLessThan(100);
      expect(messages.filter((m) => m.internal)).toEqual([]);
      // a message shows a bounded excerpt, never the megabyte
      for (const m of messages) expect(m.message.length).toBeLessThan(1000);
    }
    expect(cpuTime(100, fresh(value), (subject) => engine.check(subject))).toBeLessThan(100);
  });

  it.each(Object.entries(inputs))('%s: all rules fix it in a few passes, quickly', (_name, value) => {
    let internal: unknown[] = [];
    expect(cpuTime(300, fresh(value), (subject) => (internal = engine.fix(subject).messages.filter((m) => m.internal)))).toBeLessThan(300);
    expect(internal).toEqual([]);
  });

  it.each(Object.entries(inputs))('%s: normalizeHost and detectHost answer quickly', (_name, value) => {
    expect(cpuTime(100, () => fresh(value)().values.hostName!, (host) => normalizeHost(host))).toBeLessThan(100);
    expect(cpuTime(100, () => copyOf(value), (host) => detectHost(host))).toBeLessThan(100);
  });
});
