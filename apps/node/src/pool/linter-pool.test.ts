import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as NodeApi from '../index.js';
import type { LinterPool, RecordReport } from '../index.js';
import { collect, tempDir } from '../testing/temp.js';

// Worker threads start from the built file, so the pool is tested as published: from dist/ (typed by
// the source, so that type-checking does not wait for the build); `turbo run build` comes first.
const BUILT = '../../dist/index.js';
const { ConfigError, createLinter, createLinterPool, indicator, indicatorFromSummary, lintInput } = (await import(BUILT)) as typeof NodeApi;

// Values of every indicator type, clean and in the ways feeds get them wrong.
const SAMPLES = [
  'AS 12345', 'ASN12345', 'as12345', '2001:db8::/48', '2001:db8:0:0:0:0:0:0/48', '10.1.2.3/8', '192.0.2.0/24',
  'österreich.icom.museum', 'EXAMPLE.com', 'example.com', 'hxxp://evil[.]com/a?b=1', 'http://example.com/path', 'HTTPS://Example.COM/',
  '2001:DB8::1', '198.51.100.7', ' 203.0.113.9 ', 'user@EXAMPLE.com', 'user@example.com', 'D41D8CD98F00B204E9800998ECF8427E',
  'd41d8cd98f00b204e9800998ecf8427e', 'HKLM\\Software\\Run', 'HKEY_LOCAL_MACHINE\\Software\\Run', '#tag', 'Mozilla/5.0 (X11)',
  'not an indicator at all', 'x'.repeat(300), 'a\u0000b', '::ffff:192.0.2.1',
];

function feed(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(i % 97 === 0 ? '' : SAMPLES[(i * 7) % SAMPLES.length]!);
  return out.join('\n') + '\n';
}

/** Everything a formatter sees of a report, as plain data. */
const seen = (r: RecordReport) => ({ line: r.line, index: r.index, subject: r.subject, output: r.output, messages: r.messages, errorCount: r.errorCount, warningCount: r.warningCount });

async function run(file: string, options: { pool?: LinterPool; fix: boolean }) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const reports = await collect(lintInput(createLinter(), file, { fix: options.fix, ...(options.fix && { output: { stream } }), ...(options.pool && { pool: options.pool }) }));
  return { reports: reports.map(seen), output: Buffer.concat(chunks).toString('utf8') };
}

describe('createLinterPool', () => {
  let pool: LinterPool;
  beforeAll(async () => {
    pool = await createLinterPool({ useConfigFile: false }, { jobs: 2 });
  });
  afterAll(() => pool.close());

  it('lints a batch in a worker with the same results as in this thread', async () => {
    const linter = createLinter();
    const subjects = SAMPLES.map((value) => indicatorFromSummary(value));
    const inThread = subjects.map((s) => linter.fix(s));
    expect(await pool.lint('fix', subjects)).toEqual(inThread);
    expect(await pool.lint('check', subjects)).toEqual(subjects.map((s) => linter.check(s)));
  });

  it('fixes a file to the same bytes and reports, in order, as without the pool', async () => {
    const t = tempDir({ 'feed.txt': feed(3_000) });
    const alone = await run(t.path('feed.txt'), { fix: true });
    const pooled = await run(t.path('feed.txt'), { fix: true, pool });
    expect(alone.reports.length).toBeGreaterThan(2_900);
    expect(alone.output).not.toBe(feed(3_000));
    expect(pooled.output).toBe(alone.output);
    expect(pooled.reports).toEqual(alone.reports);
  });

  it('with one worker, this thread lints the batches the worker has no room for: still the same bytes and reports', async () => {
    const one = await createLinterPool({ useConfigFile: false }, { jobs: 1 });
    try {
      const t = tempDir({ 'feed.txt': feed(8_000) });
      const alone = await run(t.path('feed.txt'), { fix: true });
      const pooled = await run(t.path('feed.txt'), { fix: true, pool: one });
      expect(pooled.output).toBe(alone.output);
      expect(pooled.reports).toEqual(alone.reports);
    } finally {
      await one.close();
    }
  });

  it('checks a CSV file with unreadable rows the same way as without the pool', async () => {
    const csv = 'type,value\n' + Array.from({ length: 1_500 }, (_, i) => (i % 250 === 3 ? 'ASN,"AS 1' : `ASN,AS ${i}`)).join('\n') + '\n';
    const t = tempDir({ 'feed.csv': csv });
    const alone = await run(t.path('feed.csv'), { fix: false });
    const pooled = await run(t.path('feed.csv'), { fix: false, pool });
    expect(alone.reports.some((r) => r.messages[0]?.ruleId === 'tclint/read-error')).toBe(true);
    expect(pooled.reports).toEqual(alone.reports);
  });

  it('rejects once closed', async () => {
    const other = await createLinterPool({ useConfigFile: false }, { jobs: 1 });
    await other.close();
    await expect(other.lint('check', [indicator('ASN', { 'AS Number': 'ASN1' })])).rejects.toThrow(/closed/);
  });

  it('an invalid config fails the pool with a ConfigError naming the problem', async () => {
    const t = tempDir({ 'tclint.config.json': JSON.stringify({ rules: { 'asn/no-such-rule': 'error' } }) });
    const failed = createLinterPool({ cwd: t.dir }, { jobs: 1 });
    await expect(failed).rejects.toBeInstanceOf(ConfigError);
    await expect(failed).rejects.toThrow(/no-such-rule/);
  });
});
