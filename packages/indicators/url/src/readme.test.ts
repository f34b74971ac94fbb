/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

/*
 * The README's examples are tests: under each `## url/<rule>` heading, every
 * line of the block after **Correct** must pass that rule, and every line of
 * the block after **Incorrect** must be reported by it and fix to what follows
 * "->" (or not be fixed, for "(not fixed)"). A value in double quotes is JSON.
 */
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const sections = readme.split(/^## /m).slice(1);

function block(section: string, heading: string): string[] {
  const at = section.indexOf(heading);
  if (at < 0) return [];
  const match = /```text\n([\s\S]*?)```/.exec(section.slice(at));
  return match ? match[1]!.split('\n').filter((line) => line !== '') : [];
}

function parseLine(line: string): { input: string; output: string | null } {
  let input: string;
  let rest: string;
  if (line.startsWith('"')) {
    let end = 1;
    while (end < line.length && line[end] !== '"') end += line[end] === '\\' ? 2 : 1;
    input = JSON.parse(line.slice(0, end + 1)) as string;
    rest = line.slice(end + 1).trim();
  } else {
    const arrow = line.indexOf(' -> ');
    const notFixed = line.indexOf(' (not fixed)');
    const end = arrow >= 0 ? arrow : notFixed;
    input = line.slice(0, end);
    rest = line.slice(end).trim();
  }
  if (rest === '(not fixed)') return { input, output: null };
  if (!rest.startsWith('-> ')) throw new Error(`README example line not understood: ${line}`);
  return { input, output: rest.slice(3) };
}

const engineFor = (ruleId: string) => createEngine({ config: [{ plugins: { url: plugin }, rules: { [ruleId]: 'error' } }] });

describe('README', () => {
  it('has a section, in table order, for every rule', () => {
    const documented = sections.map((s) => s.slice(0, s.indexOf('\n'))).filter((h) => h.startsWith('url/'));
    expect(documented).toEqual(Object.keys(plugin.rules).map((id) => `url/${id}`));
  });

  it('states each rule’s default severity and fixability in the table', () => {
    for (const [id, rule] of Object.entries(plugin.rules)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| [\`url/${id}\`]`));
      expect(row, id).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      expect(cells[3], id).toBe(rule.meta.severity);
      expect(cells[4], id).toBe(rule.meta.fixable ? 'yes' : 'no');
      expect(row, id).toContain(`(#url${id})`);
      expect(rule.meta.docsUrl, id).toBe(`https://github.com/tclint/tclint/tree/main/packages/indicators/url#url${id}`);
    }
  });

  for (const section of sections) {
    const ruleId = section.slice(0, section.indexOf('\n'));
    if (!ruleId.startsWith('url/')) continue;
    const correct = block(section, '**Correct**');
    const incorrect = block(section, '**Incorrect**').map(parseLine);

    it(`${ruleId} has examples of both kinds`, () => {
      expect(correct.length).toBeGreaterThan(0);
      expect(incorrect.length).toBeGreaterThan(0);
    });

    it.each(correct)(`${ruleId}: %j is correct`, (value) => {
      expect(engineFor(ruleId).fix(indicator('URL', { text: value })).messages).toEqual([]);
    });

    it.each(incorrect)(`${ruleId}: %j`, ({ input, output }) => {
      const engine = engineFor(ruleId);
      expect(engine.check(indicator('URL', { text: input })).messages.length).toBeGreaterThan(0);
      const fixed = engine.fix(indicator('URL', { text: input }));
      expect(fixed.output?.values.text ?? null).toBe(output);
    });
  }
});
