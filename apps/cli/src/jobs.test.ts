import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, FIXTURES, scratch, tclint } from './test-harness.js';

// --jobs lints in worker threads; everything a user sees must be what one thread gives.
const seedExample = join(EXAMPLES, 'seed-indicators.csv');

/** A feed long enough for many batches: the seed's examples and the fixtures' values, repeated, with a few unreadable lines. */
function longFeed(): string {
  const values = [...readFileSync(seedExample, 'utf8').split('\n').slice(1), ...readFileSync(join(FIXTURES, 'asn.txt'), 'utf8').split('\n')]
    .map((row) => row.replace(/^[^,]*,/, '').replace(/^"|"$/g, ''))
    .filter((v) => v.trim() !== '');
  const lines: string[] = [];
  for (let i = 0; i < 6_000; i++) lines.push(i % 1_000 === 999 ? 'AS\u00001' : values[i % values.length]!);
  return lines.join('\n') + '\n';
}

describe('tclint --jobs', () => {
  it('fix --jobs 2 writes the same bytes and the same report as one thread, in input order', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'feed.txt'), longFeed());
    const one = await tclint(['fix', '--format', 'json', 'feed.txt'], { cwd: dir });
    const two = await tclint(['fix', '--jobs', '2', '--format', 'json', 'feed.txt'], { cwd: dir });
    expect(one.stdout.split('\n').length).toBe(6_001);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(JSON.parse(one.stderr).length).toBe(6_000);
  });

  it('check --jobs auto on the bundled example: the same stylish report as one thread', async () => {
    const one = await tclint(['check', seedExample]);
    const auto = await tclint(['check', '--jobs', 'auto', seedExample]);
    expect(one.code).toBe(1);
    expect(auto).toEqual(one);
  });

  it('fix --write --jobs 2 fixes files in place like one thread', async () => {
    const dir = scratch('indicators.csv');
    const expected = await tclint(['fix', 'indicators.csv'], { cwd: dir });
    const result = await tclint(['fix', '--write', '--jobs', '2', 'indicators.csv'], { cwd: dir });
    expect(result.code).toBe(expected.code);
    expect(readFileSync(join(dir, 'indicators.csv'), 'utf8')).toBe(expected.stdout);
  });

  it('a config error is reported once, before any worker starts (exit 2)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'tclint.config.json'), JSON.stringify({ rules: { 'asn/no-such-rule': 'error' } }));
    writeFileSync(join(dir, 'asn.txt'), 'AS 1\n');
    const result = await tclint(['check', '--jobs', '2', 'asn.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.match(/invalid configuration/g)?.length).toBe(1);
    expect(result.stderr).toContain('has no rule "no-such-rule"');
  });

  it.each([['0'], ['-1'], ['two'], ['1.5']])('--jobs %s is a usage error (exit 2)', async (jobs) => {
    const result = await tclint(['check', `--jobs=${jobs}`, seedExample]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jobs must be a whole number \(1 or more\)/);
  });
});

// Small inputs through the workers: no threshold, and pieces of 4 KiB, so a feed of a few thousand records takes many pieces.
const THROUGH_WORKERS = { TCLINT_JOBS_MIN_BYTES: '0', TCLINT_JOBS_PIECE_BYTES: '4096' };

describe('tclint --jobs 2 through the workers, against one thread', () => {
  it.each([['stylish'], ['compact'], ['json'], ['sarif']])('--format %s: check, check --fix and fix print the same stdout, stderr and exit code', async (format) => {
    const dir = scratch('indicators.csv');
    writeFileSync(join(dir, 'feed.txt'), longFeed());
    const runs: string[][] = [
      ['check', '--format', format, 'feed.txt'],
      ['check', '--fix', '--quiet', '--format', format, 'indicators.csv'],
      ['fix', '--format', format, 'feed.txt'],
      ['fix', '--format', format, 'indicators.csv'],
    ];
    for (const args of runs) {
      const one = await tclint([args[0]!, '--jobs', '1', ...args.slice(1)], { cwd: dir, env: THROUGH_WORKERS });
      const two = await tclint([args[0]!, '--jobs', '2', ...args.slice(1)], { cwd: dir, env: THROUGH_WORKERS });
      expect(one.code).not.toBe(0);
      expect({ args, ...two }).toEqual({ args, ...one });
    }
  });
});
