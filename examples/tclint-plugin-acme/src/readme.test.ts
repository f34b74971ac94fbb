/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator, type AnyRule } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { codeBlocks } from './testing/markdown.js';

// Every `text` example in README.md is run against the rule its section
// documents. Under "Correct" the rule reports nothing. Under "Incorrect" it
// reports; a comment naming a message id and an RFC must match the message;
// "-> value" is what the fix writes, and without it nothing is fixed. The
// type is read off the value: a URL has "://", an email address "@", a CIDR
// block "/"; otherwise a Host or an Address, whichever the rule checks.

const FIELDS: Record<string, string> = { Address: 'ip', CIDR: 'Block', Host: 'hostName', URL: 'text', EmailAddress: 'address' };
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = codeBlocks(readme);

interface Example {
  rule: string;
  correct: boolean;
  value: string;
  note: string;
}

const examples: Example[] = blocks
  .filter((b) => b.lang === 'text' && b.section?.startsWith('acme/') && (b.subsection === 'Correct' || b.subsection === 'Incorrect'))
  .flatMap((b) =>
    b.code.split('\n').filter((line) => line.trim() !== '').map((line) => {
      const comment = /\s{2,}#(\s|$)/.exec(line);
      return {
        rule: b.section!.slice('acme/'.length),
        correct: b.subsection === 'Correct',
        value: comment ? line.slice(0, comment.index) : line,
        note: comment ? line.slice(comment.index + comment[0].length).trim() : '',
      };
    }),
  );

function typeOf(rule: AnyRule, value: string): string {
  const types = rule.meta.types!;
  if (types.includes('URL') && value.includes('://')) return 'URL';
  if (types.includes('EmailAddress') && value.includes('@')) return 'EmailAddress';
  if (types.includes('CIDR') && value.includes('/')) return 'CIDR';
  return types.includes('Host') ? 'Host' : 'Address';
}

function run(e: Example) {
  const rule = (plugin.rules as Record<string, AnyRule>)[e.rule]!;
  const engine = createEngine({ config: [{ plugins: { acme: plugin }, rules: { [`acme/${e.rule}`]: 'warn' } }] });
  const type = typeOf(rule, e.value);
  const subject = indicator(type, { [FIELDS[type]!]: e.value });
  return { rule, field: FIELDS[type]!, checked: engine.check(subject), fixed: engine.fix(subject) };
}

describe('README.md', () => {
  it('documents every rule in a section its docsUrl points to, with correct and incorrect examples', () => {
    const sections = blocks.map((b) => b.section);
    for (const [id, rule] of Object.entries(plugin.rules)) {
      expect(sections).toContain(`acme/${id}`);
      expect(rule.meta.docsUrl).toBe(`https://github.com/tclint/tclint/tree/main/examples/tclint-plugin-acme#acme${id}`);
      expect(examples.some((e) => e.rule === id && e.correct)).toBe(true);
      expect(examples.some((e) => e.rule === id && !e.correct)).toBe(true);
    }
  });

  it('lists every named export under "Other exports"', async () => {
    const paragraph = readme.slice(readme.indexOf('Other exports:'), readme.indexOf('\n\n', readme.indexOf('Other exports:')));
    const listed = [...paragraph.matchAll(/`(\w+)[`(]/g)].map((m) => m[1]);
    const exported = Object.keys(await import('./index.js')).filter((name) => name !== 'default');
    expect([...new Set(listed)].sort()).toEqual(exported.sort());
  });

  it.each(examples.filter((e) => e.correct).map((e) => [e.rule, e.value, e] as const))('%s: %j is correct', (_rule, _value, e) => {
    const { checked, fixed } = run(e);
    expect(checked.messages).toEqual([]);
    expect(fixed.changes).toEqual([]);
  });

  it.each(examples.filter((e) => !e.correct).map((e) => [e.rule, e.value, e.note, e] as const))('%s: %j is incorrect (%s)', (_rule, _value, _note, e) => {
    const { rule, field, checked, fixed } = run(e);
    expect(checked.messages).toHaveLength(1);
    const [message] = checked.messages;
    const named = e.note.split(' ')[0]!;
    if (named in rule.meta.messages) expect(message!.messageId).toBe(named);
    const rfc = /RFC \d+/.exec(e.note)?.[0];
    if (rfc) expect(message!.message).toContain(`(${rfc})`);
    if (e.note.startsWith('-> ')) expect(fixed.output?.values[field]).toBe(e.note.slice(3));
    else expect(fixed.changes).toEqual([]);
  });
});
