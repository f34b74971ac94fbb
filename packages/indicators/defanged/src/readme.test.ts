/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator, indicatorFromSummary, summaryOf } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { findDefangs, plugin, refang } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Example {
  value: string;
  type: string;
  verdict: 'correct' | 'incorrect';
  /** Undefined for correct examples and unfixable ones. */
  fixed?: string;
}

const LINE = /^(.*?)\s+# ([A-Za-z ]+): (correct|incorrect, not fixed|incorrect, fixed to (.+))$/;
/** A JSON string when the whole example is one (to show whitespace); otherwise the text as written. */
const readValue = (text: string) => (text.startsWith('"') && text.endsWith('"') ? (JSON.parse(text) as string) : text);
/** Registry Key examples are Key Names; the rest of the indicator is filled in. */
const summary = (type: string, value: string) => (type === 'Registry Key' ? `${value} :   : REG_SZ` : value);

/** The ```text examples of each `## defanged/<rule>` section. */
function examplesByRule(): Map<string, Example[]> {
  const found = new Map<string, Example[]>();
  for (const section of README.split(/^## /m).slice(1)) {
    const heading = /^defanged\/([a-z0-9-]+)\n/.exec(section);
    if (!heading) continue;
    const examples: Example[] = [];
    for (const block of section.matchAll(/```text\n([\s\S]*?)```/g)) {
      for (const line of block[1]!.split('\n').filter(Boolean)) {
        const match = LINE.exec(line);
        if (!match) throw new Error(`README example line not understood: ${line}`);
        const verdict = match[3] === 'correct' ? 'correct' : 'incorrect';
        examples.push({ value: readValue(match[1]!), type: match[2]!, verdict, ...(match[4] !== undefined ? { fixed: readValue(match[4]) } : {}) });
      }
    }
    found.set(heading[1]!, examples);
  }
  return found;
}

const sections = examplesByRule();

describe('README', () => {
  it('has a section with correct and incorrect examples for every rule, and no section for a rule that does not exist', () => {
    expect([...sections.keys()].sort()).toEqual(Object.keys(plugin.rules).sort());
    for (const [rule, examples] of sections) {
      expect(examples.some((e) => e.verdict === 'correct'), rule).toBe(true);
      expect(examples.some((e) => e.verdict === 'incorrect'), rule).toBe(true);
    }
  });

  for (const [rule, examples] of sections) {
    const engine = createEngine({ config: [{ plugins: { defanged: plugin }, rules: { [`defanged/${rule}`]: 'error' } }] });
    for (const example of examples) {
      it(`defanged/${rule}: ${JSON.stringify(example.value)} (${example.type}) is ${example.verdict}${example.fixed !== undefined ? ` and fixed to ${example.fixed}` : ''}`, () => {
        const subject = indicatorFromSummary(summary(example.type, example.value), example.type);
        const messages = engine.check(subject).messages;
        if (example.verdict === 'correct') {
          expect(messages).toEqual([]);
          expect(engine.fix(subject).changes).toEqual([]);
          return;
        }
        expect(messages.length).toBeGreaterThan(0);
        const result = engine.fix(subject);
        if (example.fixed === undefined) expect(result.changes).toEqual([]);
        else expect(result.output && summaryOf(result.output)).toBe(example.fixed);
      });
    }
  }

  it('tells the truth in the rules overview and the library examples', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('URL', { text: 'hXXps[:]//evil[.]example/login(.)php?u=john[at]example[.]com' }));
    expect(result.output?.values.text).toBe('https://evil.example/login.php?u=john@example.com');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['defanged/scheme', 'defanged/colon', 'defanged/dot', 'defanged/at']);
    expect(README).toContain(engine.check(indicator('Host', { hostName: 'www[.]example(.)com' })).messages[0]!.message);

    expect(refang('hxxps[:]//evil[.]example/x')).toBe('https://evil.example/x');
    expect(refang('john [at] example [dot] com')).toBe('john@example.com');
    expect(refang('hxxp[:]//a[.]b', ['dot'])).toBe('hxxp[:]//a.b');
    expect(findDefangs('a[.]b(at)c')).toEqual([
      { family: 'dot', start: 1, end: 4, written: '[.]', replacement: '.' },
      { family: 'at', start: 5, end: 9, written: '(at)', replacement: '@' },
    ]);
  });

  it('gives the detection table\'s types and confidences', () => {
    const table: [string, string, number][] = [
      ['hxxp://evil[.]example/x', 'URL', 0.97],
      ['john[@]example[.]com', 'EmailAddress', 0.92],
      ['10.0.0[.]0/8', 'CIDR', 0.92],
      ['1[.]2[.]3[.]4', 'Address', 0.92],
      ['2001[:]db8[:][:]1', 'Address', 0.92],
      ['evil[.]example', 'Host', 0.92],
      ['evil[.]example/x', 'URL', 0.45],
      ['1[.]2', 'Address', 0.6],
    ];
    for (const [value, type, confidence] of table) {
      expect(plugin.detect(value), value).toEqual({ type, confidence });
      expect(README).toContain(`\`${value}\``);
    }
  });
});
