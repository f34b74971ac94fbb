/// <reference types="node" />
import { createEngine, indicator } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeHost } from '@tclint/hostname';
import { detectHost, plugin } from './index.js';

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
  /** A fresh subject (a new string: the engine analyses it anew): every measurement does the whole work. */
  const fresh = (value: string) => () => indicator('Host', { hostName: copyOf(value) });

  beforeAll(() => {
    // the budget is for the work, not for compiling it: let the JIT see every shape once
    for (const value of Object.values(inputs)) engine.check(fresh(value)());
  });

  it.each(Object.entries(inputs))('%s: each rule checks it in well under 100 ms', (_name, value) => {
    for (const ruleEngine of ruleEngines) {
      let messages: { internal?: true; message: string }[] = [];
      expect(fastest((subject) => (messages = ruleEngine.check(subject).messages), { budget: 100, before: fresh(value) })).toBeLessThan(100);
      expect(messages.filter((m) => m.internal)).toEqual([]);
      // a message shows a bounded excerpt, never the megabyte
      for (const m of messages) expect(m.message.length).toBeLessThan(1000);
    }
    expect(fastest((subject) => engine.check(subject), { budget: 100, before: fresh(value) })).toBeLessThan(100);
  });

  it.each(Object.entries(inputs))('%s: all rules fix it in a few passes, quickly', (_name, value) => {
    let internal: unknown[] = [];
    expect(fastest((subject) => (internal = engine.fix(subject).messages.filter((m) => m.internal)), { budget: 300, before: fresh(value) })).toBeLessThan(300);
    expect(internal).toEqual([]);
  });

  it.each(Object.entries(inputs))('%s: normalizeHost and detectHost answer quickly', (_name, value) => {
    expect(fastest((host) => normalizeHost(host), { budget: 100, before: () => fresh(value)().values.hostName! })).toBeLessThan(100);
    expect(fastest((host) => detectHost(host), { budget: 100, before: () => copyOf(value) })).toBeLessThan(100);
  });
});
