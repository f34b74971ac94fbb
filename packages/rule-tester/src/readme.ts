import { createEngine, summaryOf, type AnyRule, type Plugin, type Subject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { pickFields, subjectOf } from './cases.js';
import { readReadme, type ReadmeContents, type ReadmeExample } from './readme-reader.js';
import { describeMessages } from './rule-tester.js';

export interface ReadmeOptions {
  /**
   * Where the README is published. Every rule's `docsUrl` must be this
   * address, `#` and the anchor of the rule's section; without it only the
   * anchor is checked.
   */
  url?: string;
  /**
   * `false` for a README whose examples are not example lines in ```text
   * blocks (tables tested by hand, say): then only the rule table, the
   * sections and the docs URLs are checked. Default `true`.
   */
  examples?: boolean;
  /**
   * Builds the subject an example is checked on. By default an indicator of
   * the example's type (or the rule's first type) from its summary or field
   * values; rules of other subjects need this.
   */
  subject?: (example: ReadmeExample) => Subject;
}

/**
 * Tests a plugin's README under vitest: one test that the README documents
 * every rule (a row in the rule table with the rule's default severity and
 * fixability, a `## <namespace>/<rule>` section in the plugin's rule order
 * that the rule's `docsUrl` points to, correct and incorrect examples), and
 * one test per example line that it holds for the rule of its section.
 * A line it cannot read is an error before any test runs.
 */
export function testReadme(plugin: Plugin, readme: string, options: ReadmeOptions = {}): void {
  const contents = readReadme(readme, plugin.meta.namespace, { examples: options.examples !== false });
  describe('README.md', () => {
    it('documents every rule: table row, section, docsUrl and examples', () => {
      expect(readmeProblems(plugin, contents, options)).toEqual([]);
    });
    for (const example of contents.examples) {
      it(exampleName(plugin, example), () => assertReadmeExample(plugin, example, options));
    }
  });
}

/** Throws, naming every problem, unless the README documents every rule of the plugin and nothing else (see `testReadme`). */
export function assertReadmeRules(plugin: Plugin, readme: string, options: ReadmeOptions = {}): void {
  const problems = readmeProblems(plugin, readReadme(readme, plugin.meta.namespace, { examples: options.examples !== false }), options);
  if (problems.length > 0) throw new Error(`README.md:\n${problems.map((p) => `- ${p}`).join('\n')}`);
}

function readmeProblems(plugin: Plugin, { sections, rows, examples }: ReadmeContents, options: ReadmeOptions): string[] {
  const namespace = plugin.meta.namespace;
  const rules = Object.entries(plugin.rules);
  const problems: string[] = [];
  for (const [name, rule] of rules) {
    const id = `${namespace}/${name}`;
    const anchor = anchorOf(id);
    const count = sections.filter((s) => s === name).length;
    if (count !== 1) problems.push(count === 0 ? `${id} has no section "## ${id}"` : `${id} has ${count} sections`);
    problems.push(...rowProblems(id, defaultSeverity(plugin, id, rule), rule, anchor, rows.filter((r) => r.rule === name)));
    const expected = options.url === undefined ? undefined : `${options.url}#${anchor}`;
    if (expected !== undefined ? rule.meta.docsUrl !== expected : !rule.meta.docsUrl?.endsWith(`#${anchor}`)) {
      problems.push(`${id} has docsUrl ${JSON.stringify(rule.meta.docsUrl)}, which is not ${expected ?? `an address ending in #${anchor}`}`);
    }
    if (options.examples !== false) {
      for (const verdict of ['correct', 'incorrect'] as const) {
        if (!examples.some((e) => e.rule === name && e.verdict === verdict)) problems.push(`${id} has no ${verdict} example`);
      }
    }
  }
  const known = new Set(rules.map(([name]) => name));
  for (const name of new Set([...sections, ...rows.map((r) => r.rule)])) {
    if (!known.has(name)) problems.push(`${namespace}/${name} is documented, but the plugin has no such rule`);
  }
  const order = rules.map(([name]) => name);
  for (const [where, listed] of [['the sections are', sections], ['the rule table is', rows.map((r) => r.rule)]] as const) {
    const seen = listed.filter((name, i) => known.has(name) && listed.indexOf(name) === i);
    if (seen.length === order.length && seen.join() !== order.join()) problems.push(`${where} in the order ${seen.join(', ')}, not the plugin's ${order.join(', ')}`);
  }
  return problems;
}

/** The severity a rule has by default: its setting in the plugin's recommended config (`off` for a rule it turns off), else its meta's. */
function defaultSeverity(plugin: Plugin, id: string, rule: AnyRule): string {
  const setting = plugin.configs?.recommended?.rules?.[id];
  const level = Array.isArray(setting) ? setting[0] : setting;
  if (level === 'off' || level === 0) return 'off';
  if (level === 'warn' || level === 1) return 'warn';
  if (level === 'error' || level === 2) return 'error';
  return rule.meta.severity ?? 'error';
}

function rowProblems(id: string, severity: string, rule: AnyRule, anchor: string, rows: ReadmeContents['rows']): string[] {
  if (rows.length !== 1) return [rows.length === 0 ? `${id} is not in the rule table` : `${id} is in the rule table ${rows.length} times`];
  const { cells, anchor: linked, line } = rows[0]!;
  const problems: string[] = [];
  if (linked !== anchor) problems.push(`${id}: the rule table (line ${line}) links to #${linked}, not #${anchor}`);
  if (cells[2] !== severity) problems.push(`${id}: the rule table (line ${line}) gives the default severity ${JSON.stringify(cells[2])}, not ${severity}`);
  const fixable = rule.meta.fixable ? 'yes' : 'no';
  if (cells[3]?.split(/[\s(]/)[0] !== fixable) problems.push(`${id}: the rule table (line ${line}) says fixable ${JSON.stringify(cells[3])}, not ${fixable}`);
  return problems;
}

/** GitHub's anchor for a heading: lower case, without punctuation, spaces as hyphens (`asn/format` -> `asnformat`). */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Throws unless the example holds: see `testReadme`. */
export function assertReadmeExample(plugin: Plugin, example: ReadmeExample, options: ReadmeOptions = {}): void {
  const ruleId = `${plugin.meta.namespace}/${example.rule}`;
  const rule = plugin.rules[example.rule];
  if (!rule) throw new Error(`README line ${example.line}: plugin "${plugin.meta.name}" has no rule "${example.rule}"`);
  const at = `README line ${example.line}: ${ruleId}: ${JSON.stringify(example.value)}`;
  const subject = options.subject ? options.subject(example) : defaultSubject(rule, example);
  const engine = createEngine({ config: [{ plugins: { [plugin.meta.namespace]: plugin }, rules: { [ruleId]: rule.meta.severity ?? 'error' } }] });
  const checked = engine.check(subject);
  const fixed = engine.fix(subject);
  if (example.verdict === 'correct') {
    expect(describeMessages(checked.messages), `${at} is correct, so the rule must report nothing`).toEqual([]);
    expect(fixed.changes, `${at} is correct, so fixing it must change nothing`).toEqual([]);
    return;
  }
  expect(checked.messages.length, `${at} is incorrect, so the rule must report it`).toBeGreaterThan(0);
  const trouble = [...checked.messages, ...fixed.messages].filter((m) => m.internal || m.ruleId !== ruleId);
  expect(describeMessages(trouble), `${at}: the rule must not fail, and the fix loop must settle`).toEqual([]);
  if (example.fixed === undefined) {
    expect(fixed.changes, `${at} is not fixed, says the README`).toEqual([]);
    return;
  }
  expect(fixed.output, `${at} is fixed, says the README`).toBeDefined();
  const output = fixed.output as Subject;
  if (typeof example.fixed === 'string') {
    expect(output.kind, `${at}: a fixed value written as text is an indicator summary`).toBe('indicator');
    expect(summaryOf(output as Extract<Subject, { kind: 'indicator' }>), `${at} is fixed to`).toBe(example.fixed);
  } else {
    expect(pickFields(output, example.fixed), `${at} is fixed to`).toEqual(example.fixed);
  }
}

function defaultSubject(rule: AnyRule, { value, type, line }: ReadmeExample): Subject {
  if (rule.meta.subject !== 'indicator') throw new Error(`README line ${line}: examples of ${rule.meta.subject} rules need the "subject" option`);
  return subjectOf(rule, typeof value === 'string' ? { value, type } : { values: value, type });
}

function exampleName(plugin: Plugin, { rule, value, type, verdict, fixed }: ReadmeExample): string {
  const typed = type === undefined ? '' : ` (${type})`;
  const outcome = verdict === 'correct' ? 'correct' : fixed === undefined ? 'incorrect, not fixed' : `incorrect, fixed to ${JSON.stringify(fixed)}`;
  return `${plugin.meta.namespace}/${rule}: ${JSON.stringify(value)}${typed} is ${outcome}`;
}
