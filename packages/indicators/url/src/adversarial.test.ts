/// <reference types="node" />
import { createEngine, indicator } from '@tclint/core';
import { fastest, MB } from '@tclint/rule-tester';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeUrl, detectUrl, plugin } from './index.js';

const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

/** 1 MB inputs built to hurt the scanner and the host checks. */
const inputs: Record<string, string> = {
  'no scheme, letters': fill('a'),
  'scheme-like run': `${fill('a')}://x`,
  colons: fill(':'),
  'slashes after scheme': `http:${fill('/')}`,
  'long host': `http://${fill('A')}/`,
  'long dotted host': `http://${fill('a.')}/`,
  'long IDN host': `http://${fill('ö')}/`,
  'at signs': `http://${fill('@')}`,
  'userinfo colons': `http://${fill(':')}@example.com/`,
  'open bracket': `http://[${fill(':')}`,
  brackets: `http://${fill('[')}]`,
  'bracket then junk': `http://[::1]${fill(']')}`,
  'port digits': `http://example.com:${fill('9')}/`,
  'port colons': `http://example.com${fill(':')}/`,
  backslashes: `http://${fill('\\')}`,
  'xn-- run': `http://${fill('xn--')}/`,
  'xn-- labels': `http://${fill('xn--a.')}/`,
  hyphens: `http://${fill('-')}/`,
  'digits and dots': `http://${fill('1.')}/`,
  percent: `http://${fill('%41')}/`,
  'long path': `http://EXAMPLE.com/${fill('/A')}`,
  whitespace: ` ${fill(' ')}http://example.com `,
};

describe('1 MB adversarial input', () => {
  const engine = createEngine({ config: [plugin.configs.recommended] });
  const ruleEngines = Object.keys(plugin.rules).map((id) => createEngine({ config: [{ plugins: { url: plugin }, rules: { [`url/${id}`]: 'error' } }] }));
  const copyOf = (value: string) => Buffer.from(value, 'utf16le').toString('utf16le');
  /** A fresh subject (a new string: the engine analyses it anew): every measurement does the whole work. */
  const fresh = (value: string) => () => indicator('URL', { text: copyOf(value) });

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
      for (const m of messages) expect(m.message.length).toBeLessThan(1500);
    }
    expect(fastest((subject) => engine.check(subject), { budget: 100, before: fresh(value) })).toBeLessThan(100);
  });

  it.each(Object.entries(inputs))('%s: all rules fix it in a few passes, quickly', (_name, value) => {
    let internal: unknown[] = [];
    expect(fastest((subject) => (internal = engine.fix(subject).messages.filter((m) => m.internal)), { budget: 300, before: fresh(value) })).toBeLessThan(300);
    expect(internal).toEqual([]);
  });

  it.each(Object.entries(inputs))('%s: analyzeUrl and detectUrl answer quickly', (_name, value) => {
    expect(fastest((text) => analyzeUrl(text), { budget: 100, before: () => fresh(value)().values.text! })).toBeLessThan(100);
    expect(fastest((text) => detectUrl(text), { budget: 100, before: () => copyOf(value) })).toBeLessThan(100);
  });
});
