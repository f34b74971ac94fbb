/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { normalizeAddress, plugin } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Example {
  value: string;
  verdict: 'correct' | 'incorrect';
  /** Undefined for correct examples and unfixable ones. */
  fixed?: string;
}

const LINE = /^(.*?)\s+# (correct|incorrect, not fixed|incorrect, fixed to (.+))$/;
const readValue = (text: string) => (text.startsWith('"') ? (JSON.parse(text) as string) : text);

/** The ```text examples of each `## address/<rule>` section. */
function examplesByRule(): Map<string, Example[]> {
  const found = new Map<string, Example[]>();
  for (const section of README.split(/^## /m).slice(1)) {
    const heading = /^address\/([a-z0-9-]+)\n/.exec(section);
    if (!heading) continue;
    const examples: Example[] = [];
    for (const block of section.matchAll(/```text\n([\s\S]*?)```/g)) {
      for (const line of block[1]!.split('\n').filter(Boolean)) {
        const match = LINE.exec(line);
        if (!match) throw new Error(`README example line not understood: ${line}`);
        const verdict = match[2] === 'correct' ? 'correct' : 'incorrect';
        examples.push({ value: readValue(match[1]!), verdict, ...(match[3] !== undefined ? { fixed: readValue(match[3]) } : {}) });
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
    const engine = createEngine({ config: [{ plugins: { address: plugin }, rules: { [`address/${rule}`]: 'error' } }] });
    for (const example of examples) {
      it(`address/${rule}: ${JSON.stringify(example.value)} is ${example.verdict}${example.fixed !== undefined ? ` and fixed to ${example.fixed}` : ''}`, () => {
        const subject = indicator('Address', { ip: example.value });
        const messages = engine.check(subject).messages;
        if (example.verdict === 'correct') {
          expect(messages).toEqual([]);
          return;
        }
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.every((m) => m.ruleId === `address/${rule}`)).toBe(true);
        const result = engine.fix(subject);
        if (example.fixed === undefined) expect(result.changes).toEqual([]);
        else expect(result.output?.values.ip).toBe(example.fixed);
      });
    }
  }

  it('tells the truth in the usage and library examples', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('Address', { ip: ' [FE80::1%eth0]/128 ' }));
    expect(result.output?.values.ip).toBe('fe80:0:0:0:0:0:0:1');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['address/whitespace', 'address/brackets', 'address/zone-id', 'address/prefix', 'address/ipv6-form']);

    expect(normalizeAddress('2001:0DB8::1%eth0')).toMatchObject({
      ok: false,
      value: '2001:db8:0:0:0:0:0:1',
      family: 6,
      problems: [
        { rule: 'zone-id', messageId: 'zoneId', fix: '2001:0DB8::1' },
        { rule: 'ipv6-form', messageId: 'compressed', fix: '2001:db8:0:0:0:0:0:1%eth0' },
      ],
    });
    expect(normalizeAddress('010.0.0.1').value).toBeUndefined();
    expect(README).toContain(normalizeAddress('2001:0DB8:1234:0000:0000:0000:0000:0000').problems[0]!.message);
  });
});
