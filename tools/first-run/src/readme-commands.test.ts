import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepKind, stepsOf, tryItCommands } from './readme-commands.js';
import { ROOT } from './workspace.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe("the README's two commands", () => {
  const [main, tests] = tryItCommands(readme);

  it('each start with the install, so they do all set-up on a fresh machine', () => {
    expect(tryItCommands(readme)).toHaveLength(2);
    for (const line of [main!, tests!]) expect(stepKind(stepsOf(line)[0]!.command)).toEqual({ kind: 'install' });
    expect(stepsOf(tests!).map((s) => s.command)).toEqual(['npx -y pnpm@10 install', 'npx -y pnpm@10 test']);
  });

  it('check, then fix, the example through `pnpm -s tclint`, so pnpm adds nothing to the answer', () => {
    expect(stepsOf(main!)).toEqual([
      { command: 'npx -y pnpm@10 install', after: 'always' },
      { command: 'npx -y pnpm@10 -s tclint check apps/cli/examples/seed-indicators.csv', after: 'success' },
      { command: 'npx -y pnpm@10 -s tclint fix apps/cli/examples/seed-indicators.csv', after: 'always' },
    ]);
    expect(readme).not.toMatch(/pnpm(@10)? tclint/);
  });

  it('are parsed strictly', () => {
    expect(stepsOf('a && b; c && d')).toEqual([
      { command: 'a', after: 'always' },
      { command: 'b', after: 'success' },
      { command: 'c', after: 'always' },
      { command: 'd', after: 'success' },
    ]);
    expect(() => stepsOf('a | b')).toThrow('not a plain command line');
    expect(stepKind('npx -y pnpm@10 -s tclint rules asn/format')).toEqual({ kind: 'tclint', args: ['rules', 'asn/format'] });
    expect(stepKind('npx -y pnpm@10 test')).toEqual({ kind: 'other' });
  });
});
