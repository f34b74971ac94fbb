import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from './node-api.js';
import { packageDirectory, readmeSection, ruleDocs } from './rule-docs.js';

const README = [
  '# tclint-plugin-demo',
  '',
  '## Rules',
  '',
  '## `demo/first`',
  '',
  'First rule.',
  '',
  '```text',
  '# not a heading: inside a code block',
  '## demo/second',
  '```',
  '',
  '### Correct',
  '',
  'ok',
  '',
  '## demo/second',
  'Second rule.',
  '',
  '## License',
  '',
].join('\n');

describe('readmeSection', () => {
  it('is the text from the rule heading to the next heading of its level, code blocks included', () => {
    expect(readmeSection(README, 'demo/first')).toBe(README.slice(README.indexOf('## `demo/first`'), README.indexOf('\n\n## demo/second\nSecond')) + '\n');
    expect(readmeSection(README, 'demo/second')).toBe('## demo/second\nSecond rule.\n');
  });

  it('takes a heading without the namespace; undefined when there is none', () => {
    expect(readmeSection('## other\n\n## first\nbody\n', 'demo/first')).toBe('## first\nbody\n');
    expect(readmeSection(README, 'demo/third')).toBeUndefined();
  });
});

describe('packageDirectory', () => {
  it('finds node_modules/<name> from a directory up, or the package the directory belongs to', () => {
    const root = mkdtempSync(join(tmpdir(), 'tclint-docs-'));
    mkdirSync(join(root, 'node_modules', '@scope', 'plugin'), { recursive: true });
    writeFileSync(join(root, 'node_modules', '@scope', 'plugin', 'package.json'), '{"name":"@scope/plugin"}');
    mkdirSync(join(root, 'project', 'deep'), { recursive: true });
    writeFileSync(join(root, 'project', 'package.json'), '{"name":"tclint-plugin-self"}');
    expect(packageDirectory('@scope/plugin', join(root, 'project', 'deep'))).toBe(join(root, 'node_modules', '@scope', 'plugin'));
    expect(packageDirectory('tclint-plugin-self', join(root, 'project', 'deep'))).toBe(join(root, 'project'));
    expect(packageDirectory('not-there', join(root, 'project'))).toBeUndefined();
  });
});

describe('every official rule is documented offline', () => {
  const rules = createLinter().rules();
  const away = mkdtempSync(join(tmpdir(), 'tclint-docs-'));

  it('has a README section headed by its id in the package that provides it, found from any directory', () => {
    expect(rules.length).toBeGreaterThanOrEqual(80);
    for (const rule of rules) {
      const docs = ruleDocs(rule.plugin, rule.id, [away]);
      expect(docs, rule.id).toMatchObject({ found: true, section: expect.stringMatching(new RegExp(`^#+ \`?${rule.id}\`?\\n`)) });
    }
  });

  it('links to that section, every package under one base address', () => {
    const bases = new Set<string>();
    for (const rule of rules) {
      const [namespace, name] = rule.id.split('/');
      const match = new RegExp(`^(https://\\S+)/packages/(indicators|errors)/[a-z-]+#${namespace}${name}$`).exec(rule.docsUrl ?? '');
      expect(match, `${rule.id}: ${rule.docsUrl}`).not.toBeNull();
      bases.add(match![1]!);
    }
    expect(bases.size).toBe(1);
  });

  it('says why when a package ships no README', () => {
    const root = mkdtempSync(join(tmpdir(), 'tclint-docs-'));
    mkdirSync(join(root, 'node_modules', 'tclint-plugin-bare'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'tclint-plugin-bare', 'package.json'), '{"name":"tclint-plugin-bare"}');
    expect(ruleDocs('tclint-plugin-bare', 'bare/x', [root])).toEqual({ found: false, reason: `tclint-plugin-bare ships no README.md (looked in ${join(root, 'node_modules', 'tclint-plugin-bare')})` });
    expect(ruleDocs('tclint-plugin-gone', 'gone/x', [root])).toMatchObject({ found: false, reason: expect.stringContaining('is not installed') });
  });
});
