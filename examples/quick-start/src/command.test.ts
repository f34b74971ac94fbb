import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The guide's quick start shows what `tclint` prints with this directory's config; its blocks
// marked `<!-- test: quick-start output EXIT ARGS -->` are run here with the real command.
const guide = readFileSync(new URL('../../../docs/writing-rules.md', import.meta.url), 'utf8');
const here = fileURLToPath(new URL('..', import.meta.url));
// the `tclint` command as npm installs it for this package (its bin file)
const bin = fileURLToPath(new URL('../node_modules/tclint/bin/tclint.js', import.meta.url));
const MARKED = /<!-- test: quick-start output (\d+) (.+?) -->\n```text\n([\s\S]*?)```/g;
const blocks = [...guide.matchAll(MARKED)].map(([, exit, args, output]) => ({ exit: Number(exit), args: args!.split(' '), output: output! }));

it('the guide shows at least one run of the command with the quick start config', () => {
  expect(blocks.length).toBeGreaterThan(0);
});

it.each(blocks)('tclint $args prints what the guide shows and exits with $exit', ({ exit, args, output }) => {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: here, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe(output);
  expect(run.status).toBe(exit);
});
