/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { findDefangs, plugin, refang } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

testReadme(plugin, README, {
  url: 'https://github.com/tclint/tclint/tree/main/packages/indicators/defanged',
  // Registry Key examples are Key Names; the rest of the indicator is filled in.
  subject: ({ value, type }) => indicatorFromSummary(type === 'Registry Key' ? `${String(value)} :   : REG_SZ` : String(value), type),
});

describe('README', () => {
  it('tells the truth in the rules overview and the library examples', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('URL', { text: 'hXXps[:]//evil[.]example[.]net/login(.)php?u=john[at]example[.]com' }));
    expect(result.output?.values.text).toBe('https://evil.example.net/login.php?u=john@example.com');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['defanged/scheme', 'defanged/colon', 'defanged/dot', 'defanged/at']);
    expect(README).toContain(engine.check(indicator('Host', { hostName: 'www[.]example(.)com' })).messages[0]!.message);

    expect(refang('hxxps[:]//evil[.]example[.]net/x')).toBe('https://evil.example.net/x');
    expect(refang('john [at] example [dot] com')).toBe('john@example.com');
    expect(refang('hxxp[:]//a[.]b', ['dot'])).toBe('hxxp[:]//a.b');
    expect(findDefangs('a[.]b(at)c')).toEqual([
      { family: 'dot', start: 1, end: 4, written: '[.]', replacement: '.' },
      { family: 'at', start: 5, end: 9, written: '(at)', replacement: '@' },
    ]);
  });

  it('gives the detection table\'s types and confidences', () => {
    const table: [string, string, number][] = [
      ['hxxp://evil[.]example[.]net/x', 'URL', 0.97],
      ['john[@]example[.]com', 'EmailAddress', 0.92],
      ['10.0.0[.]0/8', 'CIDR', 0.92],
      ['1[.]2[.]3[.]4', 'Address', 0.92],
      ['2001[:]db8[:][:]1', 'Address', 0.92],
      ['evil[.]example[.]net', 'Host', 0.92],
      ['evil[.]example[.]net/x', 'URL', 0.65],
      ['1[.]2', 'Address', 0.6],
      ['88.218.192[.]128:5633', 'Address', 0.92],
    ];
    for (const [value, type, confidence] of table) {
      expect(plugin.detect(value), value).toEqual({ type, confidence });
      expect(README).toContain(`\`${value}\``);
    }
  });
});
