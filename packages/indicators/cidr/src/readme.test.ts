import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { formatIPv6, normalizeCidr, parseIPv4Strict, plugin } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Example {
  value: string;
  verdict: 'correct' | 'incorrect';
  /** Undefined for correct examples and unfixable ones. */
  fixed?: string;
}

const LINE = /^(.*?)\s+# (correct|incorrect, not fixed|incorrect, fixed to (.+))$/;
const readValue = (text: string) => (text.startsWith('"') ? (JSON.parse(text) as string) : text);

/** The ```text examples of each `## cidr/<rule>` section. */
function examplesByRule(): Map<string, Example[]> {
  const found = new Map<string, Example[]>();
  for (const section of README.split(/^## /m).slice(1)) {
    const heading = /^cidr\/([a-z0-9-]+)\n/.exec(section);
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
    const engine = createEngine({ config: [{ plugins: { cidr: plugin }, rules: { [`cidr/${rule}`]: 'error' } }] });
    for (const example of examples) {
      it(`cidr/${rule}: ${JSON.stringify(example.value)} is ${example.verdict}${example.fixed !== undefined ? ` and fixed to ${example.fixed}` : ''}`, () => {
        const subject = indicator('CIDR', { Block: example.value });
        const messages = engine.check(subject).messages;
        if (example.verdict === 'correct') {
          expect(messages).toEqual([]);
          return;
        }
        expect(messages.length).toBeGreaterThan(0);
        const result = engine.fix(subject);
        if (example.fixed === undefined) expect(result.changes).toEqual([]);
        else expect(result.output?.kind === 'indicator' && result.output.values.Block).toBe(example.fixed);
      });
    }
  }

  it('tells the truth in the usage and library examples', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('CIDR', { Block: '2001:0DB8:1234::/48' }));
    expect(result.output?.kind === 'indicator' && result.output.values.Block).toBe('2001:db8:1234:0:0:0:0:0/48');
    const fixed = engine.fix(indicator('CIDR', { Block: '  2001:0DB8::1/048 ' }));
    expect(fixed.output?.kind === 'indicator' && fixed.output.values.Block).toBe('2001:db8:0:0:0:0:0:0/48');
    expect(fixed.changes.map((c) => c.ruleId)).toEqual(['cidr/whitespace', 'cidr/ipv6-form', 'cidr/prefix', 'cidr/host-bits']);

    expect(normalizeCidr('10.0.0.1/8')).toMatchObject({ ok: false, value: '10.0.0.0/8', family: 4, problems: [{ rule: 'host-bits', messageId: 'hostBits', fix: '10.0.0.0/8' }] });
    expect(normalizeCidr('010.0.0.0/8').value).toBeUndefined();
    expect(formatIPv6('::ffff:1.2.3.4')).toBe('0:0:0:0:0:ffff:102:304');
    expect(formatIPv6('fe80::1%eth0')).toBeUndefined();
    expect(parseIPv4Strict('10.0.0.1')).toEqual([10, 0, 0, 1]);
    expect(parseIPv4Strict('010.0.0.1')).toBeUndefined();
    expect(README).toContain('Host bits are set in "10.0.0.1/8": 10.0.0.1 is not the network address of its /8 block; the network address is 10.0.0.0');
    expect(README).toContain(normalizeCidr('2001:0DB8:1234::/48').problems[0]!.message);
  });
});
