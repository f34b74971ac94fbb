import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, scratch, tclint, tclintIntoSlowReader } from './test-harness.js';

/** The hang limit of every test (tools/vitest-project.ts): a child process or a wait is only stopped when it hangs. */
const HANG_MS = 600_000;

/** util-linux `script` runs a command on a pseudo-terminal. */
const hasScript = spawnSync('script', ['--version']).status === 0;

const ANSI = /\x1b\[[0-9;]*m/;
const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

describe('colours', () => {
  it('are off when output is not a terminal', async () => {
    const result = await tclint(['check', '--type', 'asn', 'asn.txt']);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toContain('✖ 4 problems');
  });

  it('FORCE_COLOR turns them on; NO_COLOR always wins', async () => {
    const forced = await tclint(['check', '--type', 'asn', 'asn.txt'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI);
    const never = await tclint(['check', '--type', 'asn', 'asn.txt'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(never.stdout).not.toMatch(ANSI);
    expect(never.stdout.replace(ANSI, '')).toBe(never.stdout);
    for (const args of [['fix', '--type', 'asn', 'asn.txt'], ['diagnose', 'failed-requests.har'], ['rules'], ['check', 'missing.txt']]) {
      const result = await tclint(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
      expect(result.stdout + result.stderr, args.join(' ')).not.toMatch(ANSI);
    }
  });

  it('never colour machine-readable output', async () => {
    for (const format of ['json', 'sarif']) {
      const result = await tclint(['check', '--type', 'asn', '--format', format, 'asn.txt'], { env: { FORCE_COLOR: '1' } });
      expect(result.stdout).not.toMatch(ANSI);
      expect(() => JSON.parse(result.stdout)).not.toThrow();
    }
  });
});

describe('progress', () => {
  // The bar waits 1 s before it draws; TCLINT_PROGRESS_DELAY_MS=0 shows it at once, so the test does not depend on how fast the run is.
  it.skipIf(!hasScript)('draws a bar on a terminal once the run has lasted the delay, and erases it at the end', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'many.txt'), Array.from({ length: 2_000 }, (_, i) => `ASN${i + 100000}`).join('\n'));
    const command = `'${process.execPath}' '${CLI}' check --type asn many.txt`;
    const env = { PATH: process.env.PATH ?? '', TERM: 'xterm', TCLINT_PROGRESS_DELAY_MS: '0' };
    const output = execFileSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env, encoding: 'utf8', timeout: HANG_MS });
    expect(output).toMatch(/\r\x1b\[2Kmany\.txt {2}\[[#-]+\] +\d+% {2}[\d,]+ records/);
    expect(output.endsWith('\r\x1b[2K')).toBe(true);
  });

  it.skipIf(!hasScript)('draws no bar on a terminal for a run shorter than the delay', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'few.txt'), 'ASN100000\nASN100001\n');
    const command = `'${process.execPath}' '${CLI}' check --type asn few.txt`;
    // an hour: no run of this test lasts that long, however busy the machine
    const env = { PATH: process.env.PATH ?? '', TERM: 'xterm', TCLINT_PROGRESS_DELAY_MS: '3600000' };
    const output = execFileSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env, encoding: 'utf8', timeout: HANG_MS });
    expect(output).toBe('');
  });

  it('draws nothing on stderr when stderr is not a terminal', async () => {
    const many = Array.from({ length: 20000 }, (_, i) => `ASN${i}`).join('\n');
    const result = await tclint(['check', '--type', 'asn', '--rule', 'asn/reserved: off'], { input: many });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('secrets', () => {
  it('the secret key from the environment appears in no output of any command or format', async () => {
    const env = { TC_API_SECRET_KEY: SECRET, TC_API_ACCESS_ID: '12345' };
    const runs = [
      ['diagnose', 'failed-requests.har'],
      ['diagnose', '--format', 'json', 'failed-requests.har'],
      ['diagnose', 'exchanges.json'],
      ['diagnose', '--format', 'json', 'exchanges.ndjson'],
      ['diagnose', '--format', 'json', '--message', `Signature data did not match expected result (key ${SECRET})`],
      ['check', '--format', 'json', 'indicators.csv'],
      ['sign', '--method', 'GET', '--url', '/v2/owners', '--format', 'json'],
      ['sign', '--method', 'GET', '--url', '/v2/owners', SECRET],
      ['sign', '--method', 'GET', '--url', `/v2/owners?key=${SECRET}`],
    ];
    for (const args of runs) {
      const result = await tclint(args, { env });
      expect(result.stdout + result.stderr, args.join(' ')).not.toContain(SECRET);
    }
  });
});

describe('streaming', () => {
  it('checks 50,000 records with a 16 MB heap: records flow from reader to output, nothing is held', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `AS ${i + 100000}`).join('\n');
    const result = await tclint(['check', '--type', 'asn', '--format', 'json'], { input: lines, env: { NODE_OPTIONS: '--max-old-space-size=16' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const records = JSON.parse(result.stdout) as { line: number }[];
    expect(records).toHaveLength(50_000);
    expect(records[49_999]!.line).toBe(50_000);
  });

  // A reader slower than the linting: output waits for it (backpressure) instead of piling up in the 16 MB heap.
  it('checks 50,000 records with a 16 MB heap into a reader slower than it writes', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `AS ${i + 100000}`).join('\n');
    const result = await tclintIntoSlowReader(['check', '--type', 'asn', '--format', 'json'], lines, { NODE_OPTIONS: '--max-old-space-size=16' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const records = JSON.parse(result.read) as { line: number }[];
    expect(records).toHaveLength(50_000);
    expect(records[49_999]!.line).toBe(50_000);
  });
});
