import { definePlugin, defineRule, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { assertReadmeExample, assertReadmeRules, testReadme } from './readme.js';
import { readReadme, type ReadmeExample } from './readme-reader.js';

const URL = 'https://example.com/tt';

const prefix = defineRule({
  meta: {
    id: 'prefix',
    subject: 'indicator',
    types: ['Hashtag'],
    description: 'hashtags start with #',
    docsUrl: `${URL}#ttprefix`,
    messages: { missing: 'must start with #', empty: 'empty hashtag' },
    fixable: true,
  },
  check(subject, ctx) {
    const value = subject.values.Hashtag ?? '';
    if (value === '') ctx.report({ messageId: 'empty', field: 'Hashtag' });
    else if (!value.startsWith('#')) ctx.report({ messageId: 'missing', field: 'Hashtag', fix: { field: 'Hashtag', value: `#${value}` } });
  },
});

const length = defineRule({
  meta: { id: 'length', subject: 'indicator', types: ['Hashtag'], description: 'short', docsUrl: `${URL}#ttlength`, messages: { long: 'too long' }, severity: 'warn' },
  check(subject, ctx) {
    if ((subject.values.Hashtag ?? '').length > 10) ctx.report({ messageId: 'long', field: 'Hashtag' });
  },
});

const plugin = definePlugin({ meta: { name: 'readme-test', namespace: 'tt' }, rules: { prefix, length } });

const TABLE = [
  '| Rule | What it checks | Default severity | Fixable |',
  '|---|---|---|---|',
  '| [`tt/prefix`](#ttprefix) | starts with `#` | error | yes |',
  '| [`tt/length`](#ttlength) | at most 10 characters | warn | no |',
];

// Each notation the reader understands, once.
const PREFIX = [
  '## tt/prefix',
  '',
  '### Correct',
  '',
  '```text',
  '#threat',
  '"#apt"           # a JSON string',
  '```',
  '',
  '### Incorrect',
  '',
  '```text',
  'threat           # -> #threat',
  '{"Hashtag": "x"} # -> {"Hashtag": "#x"}',
  '""               # empty: not fixed',
  '```',
];

const LENGTH = [
  '## tt/length',
  '',
  '```text',
  '#short                # correct',
  '#abc                  # Hashtag: correct',
  '#waytoolongtag        # incorrect, not fixed',
  '```',
  '',
  '**Incorrect**',
  '',
  '```text',
  '#another-long-one (not fixed)',
  '```',
];

const readme = (...parts: string[][]) => ['# tt', '', '## Rules', '', ...parts.flatMap((p) => [...p, ''])].join('\n');
const GOOD = readme(TABLE, PREFIX, LENGTH);

// The helper used as a plugin author would.
testReadme(plugin, GOOD, { url: URL });

describe('readReadme', () => {
  it('reads every notation, and only example lines of rule sections', () => {
    const { sections, rows, examples } = readReadme(`${GOOD}\n## License\n\n\`\`\`text\nnot an example\n\`\`\`\n`, 'tt');
    expect(sections).toEqual(['prefix', 'length']);
    expect(rows.map(({ rule, anchor, cells }) => [rule, anchor, cells[2], cells[3]])).toEqual([
      ['prefix', 'ttprefix', 'error', 'yes'],
      ['length', 'ttlength', 'warn', 'no'],
    ]);
    expect(examples.map(({ line: _line, ...e }) => e)).toEqual([
      { rule: 'prefix', verdict: 'correct', value: '#threat' },
      { rule: 'prefix', verdict: 'correct', value: '#apt' },
      { rule: 'prefix', verdict: 'incorrect', value: 'threat', fixed: '#threat' },
      { rule: 'prefix', verdict: 'incorrect', value: { Hashtag: 'x' }, fixed: { Hashtag: '#x' } },
      { rule: 'prefix', verdict: 'incorrect', value: '' },
      { rule: 'length', verdict: 'correct', value: '#short' },
      { rule: 'length', verdict: 'correct', value: '#abc', type: 'Hashtag' },
      { rule: 'length', verdict: 'incorrect', value: '#waytoolongtag' },
      { rule: 'length', verdict: 'incorrect', value: '#another-long-one' },
    ]);
  });

  it('reads a quoted value followed by more text as written, not as JSON', () => {
    const { examples } = readReadme(['## tt/x', '```text', '"a@b"@example.com  # correct', '```'].join('\n'), 'tt');
    expect(examples[0]?.value).toBe('"a@b"@example.com');
  });

  it('rejects a line it cannot read, naming the line', () => {
    const section = (...lines: string[]) => ['## tt/prefix', '', '```text', ...lines, '```'].join('\n');
    expect(() => readReadme(section('#a  # corect'), 'tt')).toThrow(/README line 4 \(tt\/prefix\): an example needs a "### Correct"/);
    expect(() => readReadme(section('"\\q"  # correct'), 'tt')).toThrow(/not valid JSON/);
    expect(() => readReadme(section('"#a" and more'), 'tt')).toThrow(/not understood/);
    expect(() => readReadme(['## tt/prefix', '### Incorrect', '```text', '#a  # correct', '```'].join('\n'), 'tt')).toThrow(/says correct under the incorrect heading/);
    expect(() => readReadme(['## tt/prefix', '### Correct', '```text', 'a  # -> #a', '```'].join('\n'), 'tt')).toThrow(/a correct example has nothing to fix/);
  });

  it('reads no examples with examples: false', () => {
    expect(readReadme(['## tt/prefix', '```text', 'anything at all', '```'].join('\n'), 'tt', { examples: false }).examples).toEqual([]);
  });
});

describe('testReadme catches', () => {
  const example = (e: Omit<ReadmeExample, 'line'>): ReadmeExample => ({ line: 7, ...e });

  it('an example that does not hold', () => {
    expect(() => assertReadmeExample(plugin, example({ rule: 'prefix', verdict: 'correct', value: 'threat' }))).toThrow(/README line 7: tt\/prefix: "threat" is correct, so the rule must report nothing/);
    expect(() => assertReadmeExample(plugin, example({ rule: 'length', verdict: 'incorrect', value: '#short' }))).toThrow(/is incorrect, so the rule must report it/);
    expect(() => assertReadmeExample(plugin, example({ rule: 'prefix', verdict: 'incorrect', value: 'x', fixed: '#y' }))).toThrow(/is fixed to/);
    expect(() => assertReadmeExample(plugin, example({ rule: 'prefix', verdict: 'incorrect', value: 'x' }))).toThrow(/is not fixed, says the README/);
    expect(() => assertReadmeExample(plugin, example({ rule: 'length', verdict: 'incorrect', value: '#waytoolongtag', fixed: '#short' }))).toThrow(/is fixed, says the README/);
    expect(() => assertReadmeExample(plugin, example({ rule: 'prefix', verdict: 'incorrect', value: { Hashtag: 'x' }, fixed: { Hashtag: 'x#' } }))).toThrow(/is fixed to/);
    expect(() => assertReadmeExample(plugin, example({ rule: 'nope', verdict: 'correct', value: '#a' }))).toThrow(/has no rule "nope"/);
  });

  it('a wrong example line, by its line number', () => {
    const [wrong] = readReadme(readme(TABLE, PREFIX.map((l) => (l === '#threat' ? 'threat' : l)), LENGTH), 'tt').examples;
    expect(() => assertReadmeExample(plugin, wrong!)).toThrow(/README line 15: tt\/prefix: "threat" is correct/);
  });

  it('an example checked on the subject the option builds', () => {
    const bare = example({ rule: 'prefix', verdict: 'correct', value: 'threat' });
    expect(() => assertReadmeExample(plugin, bare, { subject: ({ value }) => indicator('Hashtag', { Hashtag: `#${String(value)}` }) })).not.toThrow();
  });

  it('a missing rule section, table row or kind of example', () => {
    expect(() => assertReadmeRules(plugin, readme(TABLE, PREFIX), { url: URL })).toThrow(/tt\/length has no section "## tt\/length"/);
    expect(() => assertReadmeRules(plugin, readme(TABLE.slice(0, 3), PREFIX, LENGTH))).toThrow(/tt\/length is not in the rule table/);
    expect(() => assertReadmeRules(plugin, readme(TABLE, PREFIX.slice(0, 10), LENGTH))).toThrow(/tt\/prefix has no incorrect example/);
    expect(() => assertReadmeRules(plugin, readme(TABLE, PREFIX.slice(0, 10), LENGTH), { examples: false })).not.toThrow();
  });

  it('a wrong docs URL', () => {
    const moved = definePlugin({ meta: { name: 'readme-test', namespace: 'tt' }, rules: { prefix: { ...prefix, meta: { ...prefix.meta, docsUrl: `${URL}#prefix` } }, length } });
    expect(() => assertReadmeRules(moved, GOOD)).toThrow(/tt\/prefix has docsUrl "https:\/\/example.com\/tt#prefix", which is not an address ending in #ttprefix/);
    expect(() => assertReadmeRules(plugin, GOOD, { url: 'https://example.com/other' })).toThrow(/tt\/prefix has docsUrl .* which is not https:\/\/example.com\/other#ttprefix/);
  });

  it('a rule table that says otherwise than the rule', () => {
    const table = TABLE.map((row) => row.replace('| error | yes |', '| warn | no |').replace('(#ttlength)', '(#length)'));
    const problems = () => assertReadmeRules(plugin, readme(table, PREFIX, LENGTH));
    expect(problems).toThrow(/tt\/prefix: the rule table \(line 7\) gives the default severity "warn", not error/);
    expect(problems).toThrow(/tt\/prefix: the rule table \(line 7\) says fixable "no", not yes/);
    expect(problems).toThrow(/tt\/length: the rule table \(line 8\) links to #length, not #ttlength/);
  });

  it('a rule the recommended config turns off: its default severity is off', () => {
    const quiet = definePlugin({ meta: { name: 'readme-test', namespace: 'tt' }, rules: { prefix, length }, configs: { recommended: { rules: { 'tt/prefix': 'error', 'tt/length': 'off' } } } });
    const off = TABLE.map((row) => row.replace('| warn | no |', '| off | no |'));
    expect(() => assertReadmeRules(quiet, readme(off, PREFIX, LENGTH))).not.toThrow();
    expect(() => assertReadmeRules(quiet, GOOD)).toThrow(/tt\/length: the rule table \(line 8\) gives the default severity "warn", not off/);
  });

  it('a section for a rule the plugin does not have, and rules out of order', () => {
    expect(() => assertReadmeRules(plugin, readme(TABLE, PREFIX, LENGTH, ['## tt/gone']))).toThrow(/tt\/gone is documented, but the plugin has no such rule/);
    expect(() => assertReadmeRules(plugin, readme(TABLE, LENGTH, PREFIX))).toThrow(/the sections are in the order length, prefix, not the plugin's prefix, length/);
    expect(() => assertReadmeRules(plugin, readme([...TABLE.slice(0, 2), TABLE[3]!, TABLE[2]!], PREFIX, LENGTH))).toThrow(/the rule table is in the order length, prefix/);
  });

  it('a line it cannot read, before any test runs', () => {
    expect(() => testReadme(plugin, readme(TABLE, PREFIX, ['## tt/length', '```text', '#x  # maybe', '```']))).toThrow(/README line \d+ \(tt\/length\)/);
  });
});
