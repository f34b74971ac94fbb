/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, type ConfigEntry } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { codeBlocks, containsInOrder, excerptParts, runSnippet, type CodeBlock } from './testing/markdown.js';

// Every code block marked `<!-- test: ... -->` in this package's README and
// in docs/writing-rules.md is checked here, so the documentation stays true:
//   run           a JavaScript snippet, run against this package's source
//   config        a tclint.config.json or .mjs; it must load with this plugin
//   excerpt PATH  code quoted from a file of the repository (parts between `// ...` lines, in order)
//   package.json  the published package.json fields, as this package has them
//   file NAME, output ARGS, and configs that need @tclint/preset: installed from
//                 tarballs and run with the `tclint` command by tools/pack-test
//   quick-start output EXIT ARGS  run with the `tclint` command by examples/quick-start

const root = new URL('../../../', import.meta.url);
const files = ['examples/tclint-plugin-acme/README.md', 'docs/writing-rules.md'];
const modules = {
  '@tclint/core': () => import('@tclint/core'),
  'tclint-plugin-acme': () => import('./index.js'),
};

function expectEqual(actual: unknown, expected: unknown, line: number) {
  expect(actual, `snippet line ${line}`).toEqual(expected);
}

/** A JSON config names plugins by package; here the only one is this package. */
function configFromJson(code: string): ConfigEntry[] {
  const json = JSON.parse(code) as { plugins?: string[]; rules?: ConfigEntry['rules'] };
  for (const name of json.plugins ?? []) expect(['acme', 'tclint-plugin-acme']).toContain(name);
  return [plugin.configs.recommended, { rules: json.rules ?? {} }];
}

const packTest = readFileSync(new URL('tools/pack-test/src/pack.test.ts', root), 'utf8');
const quickStartTest = readFileSync(new URL('examples/quick-start/src/command.test.ts', root), 'utf8');

/** The manifest as `pnpm pack` publishes it: `workspace:` ranges made real from the workspace package's version. */
function published(manifest: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(manifest);
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    const ranges = copy[field] as Record<string, string> | undefined;
    for (const [name, spec] of Object.entries(ranges ?? {})) {
      if (!spec.startsWith('workspace:')) continue;
      const range = spec.slice('workspace:'.length);
      const version = name === '@tclint/core' ? coreVersion : undefined;
      if (['*', '^', '~'].includes(range) && version === undefined) throw new Error(`no version known for ${name}`);
      ranges![name] = range === '*' ? version! : range === '^' || range === '~' ? range + version : range;
    }
  }
  return copy;
}

const coreVersion = (JSON.parse(readFileSync(new URL('packages/core/package.json', root), 'utf8')) as { version: string }).version;

async function check(block: CodeBlock) {
  const [kind, argument] = block.marker!.split(' ') as [string, string | undefined];
  if (kind === 'file' || kind === 'output' || (kind === 'config' && /from '@tclint\/(node|preset)'/.test(block.code))) {
    const looksFor = kind === 'output' ? "'output '" : `'${block.marker}'`;
    expect(packTest, 'tools/pack-test reads the block by its marker').toContain(looksFor);
  } else if (kind === 'quick-start') {
    expect(quickStartTest, 'examples/quick-start runs the block by its marker').toContain('quick-start output');
  } else if (kind === 'run') {
    await runSnippet(block.code, modules, expectEqual);
  } else if (kind === 'config') {
    const config = block.lang === 'json' ? configFromJson(block.code) : ((await runSnippet(block.code, modules, expectEqual)) as ConfigEntry[]);
    expect(Array.isArray(config)).toBe(true);
    createEngine({ config });
  } else if (kind === 'excerpt') {
    const source = readFileSync(new URL(argument!, root), 'utf8');
    expect(containsInOrder(source, excerptParts(block.code)), `not found in ${argument}`).toBeUndefined();
  } else if (kind === 'package.json') {
    const documented = JSON.parse(block.code) as Record<string, unknown>;
    const actual = published(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, unknown>);
    for (const [key, value] of Object.entries(documented)) expect(actual[key], key).toEqual(value);
  } else {
    throw new Error(`unknown marker "${block.marker}"`);
  }
}

describe.each(files)('%s', (file) => {
  const blocks = codeBlocks(readFileSync(new URL(file, root), 'utf8'));
  const marked = blocks.filter((b) => b.marker !== undefined);

  it('marks every JavaScript, TypeScript and JSON block for a test', () => {
    expect(marked.length).toBeGreaterThan(0);
    expect(blocks.filter((b) => ['js', 'ts', 'json'].includes(b.lang) && b.marker === undefined).map((b) => b.line)).toEqual([]);
  });

  it.each(marked.map((b) => [b.line, b.marker!, b] as const))('line %i (%s) is true', async (_line, _marker, block) => {
    await check(block);
  });
});
