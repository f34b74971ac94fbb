/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator, indicatorFromSummary, summaryOf, type AnyRule, type IndicatorSubject, type LintResult } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

// Every example in README.md is run against the rule its section documents:
// under "Correct" the rule reports nothing; under "Incorrect" it reports, and
// fixes to the value after "->", or (without "->") leaves the value alone.
// A value in double quotes is a JSON string, so that examples can show
// whitespace and control characters; a value in braces is a JSON object of
// field values, for what a summary cannot say (a hash in another hash's field).

/** A summary, or field values. */
type Written = string | Record<string, string>;

interface Example {
  rule: string;
  correct: boolean;
  value: Written;
  fixed?: Written;
}

const DOCS = `https://github.com/tclint/tclint/tree/main/packages/indicators/${plugin.meta.namespace}`;
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const { sections, examples } = readExamples(readme, plugin.meta.namespace);

function readExamples(text: string, namespace: string) {
  const found: Example[] = [];
  const headings: string[] = [];
  let rule: string | undefined;
  let correct: boolean | undefined;
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) {
      inBlock = !inBlock && line === '```text';
      continue;
    }
    if (inBlock) {
      if (rule !== undefined && correct !== undefined && line.trim() !== '') found.push(example(rule, correct, line));
      continue;
    }
    if (line.startsWith('## ')) {
      headings.push(line.slice(3));
      rule = line.startsWith(`## ${namespace}/`) ? line.slice(4 + namespace.length) : undefined;
      correct = undefined;
    } else if (line === '### Correct') correct = true;
    else if (line === '### Incorrect') correct = false;
  }
  return { sections: headings, examples: found };
}

function example(rule: string, correct: boolean, line: string): Example {
  const comment = /\s{2,}#(\s|$)/.exec(line);
  const value = literal(comment ? line.slice(0, comment.index) : line);
  const note = comment ? line.slice(comment.index + comment[0].length).trim() : '';
  return note.startsWith('-> ') ? { rule, correct, value, fixed: literal(note.slice(3)) } : { rule, correct, value };
}

function literal(text: string): Written {
  return text.startsWith('"') ? (JSON.parse(text) as string) : text.startsWith('{') ? (JSON.parse(text) as Record<string, string>) : text;
}

function subjectOf(value: Written, type: string | undefined): IndicatorSubject {
  return typeof value === 'string' ? indicatorFromSummary(value, type) : indicator(type!, value);
}

/** What the fixed indicator is: its summary, or the fields the example names. */
function writtenAs(subject: IndicatorSubject, expected: Written): string | Record<string, string | undefined> {
  if (typeof expected === 'string') return summaryOf(subject);
  return Object.fromEntries(Object.keys(expected).map((field) => [field, subject.values[field]]));
}

function run(e: Example): { checked: LintResult<IndicatorSubject>; fixed: LintResult<IndicatorSubject> } {
  const rule = (plugin.rules as Record<string, AnyRule>)[e.rule]!;
  const engine = createEngine({ config: [{ plugins: { [plugin.meta.namespace]: plugin }, rules: { [`${plugin.meta.namespace}/${e.rule}`]: 'error' } }] });
  const subject = subjectOf(e.value, rule.meta.types![0]);
  return { checked: engine.check(subject), fixed: engine.fix(subject) };
}

describe('README.md', () => {
  it('does what the usage section says', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('File', { md5: 'D4:1D:8C:D9:8F:00:B2:04:E9:80:09:98:EC:F8:42:7E ' }));
    expect(result.output?.values).toEqual({ md5: 'd41d8cd98f00b204e9800998ecf8427e' });
    expect(result.messages).toEqual([]);
  });

  it('documents every rule in a section its docsUrl points to', () => {
    for (const [id, rule] of Object.entries(plugin.rules)) {
      const heading = `${plugin.meta.namespace}/${id}`;
      expect(sections).toContain(heading);
      expect(rule.meta.docsUrl).toBe(`${DOCS}#${heading.replace(/[^a-z0-9 _-]/g, '')}`);
      expect(examples.some((e) => e.rule === id && e.correct)).toBe(true);
      expect(examples.some((e) => e.rule === id && !e.correct)).toBe(true);
    }
  });

  it.each(examples.filter((e) => e.correct).map((e) => [e.rule, JSON.stringify(e.value), e] as const))('%s: %s is correct', (_rule, _value, e) => {
    const { checked, fixed } = run(e);
    expect(checked.messages).toEqual([]);
    expect(fixed.changes).toEqual([]);
  });

  const incorrect = examples.filter((e) => !e.correct).map((e) => [e.rule, JSON.stringify(e.value), e.fixed === undefined ? 'not fixed' : JSON.stringify(e.fixed), e] as const);
  it.each(incorrect)('%s: %s is incorrect (%s)', (_rule, _value, _fixed, e) => {
    const { checked, fixed } = run(e);
    expect(checked.messages.length).toBeGreaterThan(0);
    expect(checked.messages.every((m) => !m.internal)).toBe(true);
    if (e.fixed === undefined) {
      expect(fixed.changes).toEqual([]);
      return;
    }
    expect(fixed.output).toBeDefined();
    expect(writtenAs(fixed.output!, e.fixed)).toEqual(e.fixed);
  });
});
