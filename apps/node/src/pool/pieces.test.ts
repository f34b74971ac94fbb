import fc from 'fast-check';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as NodeApi from '../index.js';
import type { LinterPool, LintInputOptions, RecordReport, WriteOutcome } from '../index.js';
import { tempDir } from '../testing/temp.js';

// Worker threads start from the built file, so pieces are tested as published: from dist/ (see linter-pool.test.ts).
const BUILT = '../../dist/index.js';
const { createLinter, createLinterPool, lintInputBatches } = (await import(BUILT)) as typeof NodeApi;

// Values of every type, clean and not, and lines that are hard to cut at: blank, CRLF, quotes, non-ASCII, invalid UTF-8.
const VALUES = ['AS 12', 'ASN12', '10.1.2.3/8', '2001:DB8::/48', 'EXAMPLE.com', 'hxxp://evil[.]com/a', 'user@EXAMPLE.com', 'D41D8CD98F00B204E9800998ECF8427E', 'HKLM\\Run : v : reg_sz', '#tag', 'österreich.icom.museum', 'not an indicator', 'x'.repeat(90)];
const blank = fc.constantFrom('', ' ', '\t ');
const invalid = fc.constant(Buffer.from([0x41, 0xff, 0x42]));
const eol = fc.constantFrom('\n', '\r\n');

const lineText = fc.oneof(fc.constantFrom(...VALUES), blank);
const ndjsonText = fc.oneof(
  fc.constantFrom(...VALUES).map((v) => JSON.stringify(v)),
  fc.constantFrom(...VALUES).map((v) => JSON.stringify({ type: 'ASN', 'AS Number': v })),
  fc.constantFrom('{bad json', '[1,'),
  blank,
);
const csvCell = fc.oneof(
  fc.constantFrom(...VALUES),
  fc.constantFrom(...VALUES).map((v) => `"${v.replace(/"/g, '""')}"`),
  // a quoted cell over two lines, a doubled quote, an unterminated quote, a character after a closing quote
  fc.constantFrom('"AS\n12"', '"AS\r\n12"', '"say ""AS 1"""', '"AS 1', '"AS 1"x', 'a"b'),
);
const csvRow = fc.oneof({ weight: 5, arbitrary: fc.tuple(fc.constantFrom('ASN', 'Host', ''), csvCell).map(([t, v]) => `${t},${v}`) }, { weight: 1, arbitrary: blank });

/** An input: rows of text (or invalid bytes) with their line endings, a BOM maybe, and maybe no final line ending. */
function inputOf(row: fc.Arbitrary<string>, header?: string) {
  return fc
    .tuple(fc.array(fc.tuple(fc.oneof({ weight: 12, arbitrary: row }, { weight: 1, arbitrary: invalid }), eol), { maxLength: 60 }), fc.boolean(), fc.boolean())
    .map(([rows, bom, open]) => {
      const parts: Buffer[] = [];
      if (bom) parts.push(Buffer.from('\uFEFF'));
      if (header !== undefined) parts.push(Buffer.from(`${header}\n`));
      rows.forEach(([text, end], i) => {
        parts.push(typeof text === 'string' ? Buffer.from(text) : text);
        if (!(open && i === rows.length - 1)) parts.push(Buffer.from(end));
      });
      return Buffer.concat(parts);
    });
}

const INPUTS = {
  lines: inputOf(lineText),
  ndjson: inputOf(ndjsonText),
  csv: inputOf(csvRow, 'type,value'),
} as const;

interface Run {
  reports: RecordReport[];
  output: string;
  outcome: WriteOutcome | undefined;
  records: number;
  fixed: number;
}

async function lint(bytes: Uint8Array, { chunk, ...options }: LintInputOptions & { chunk: number }): Promise<Run> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) pieces.push(Buffer.from(bytes.subarray(i, i + chunk)));
  let records = 0;
  let fixed = 0;
  const onRecords = (n: number, f: number) => {
    records += n;
    fixed += f;
  };
  const run = lintInputBatches(createLinter(), Readable.from(pieces), { ...options, output: { stream }, onRecords });
  const reports: RecordReport[] = [];
  for (;;) {
    const step = await run.next();
    if (step.done) return { reports, output: Buffer.concat(chunks).toString('latin1'), outcome: step.value, records, fixed };
    reports.push(...step.value);
  }
}

describe('an input linted in pieces by a pool', () => {
  // pools cutting at different sizes, each with one worker: this thread lints what it has no room for
  const SIZES = [1, 40, 333] as const;
  const pools = new Map<number, LinterPool>();
  beforeAll(async () => {
    for (const size of SIZES) pools.set(size, await createLinterPool({ useConfigFile: false }, { jobs: 1, minInputBytes: 0, pieceBytes: size }));
  });
  afterAll(async () => {
    for (const pool of pools.values()) await pool.close();
  });

  it.each(Object.keys(INPUTS) as (keyof typeof INPUTS)[])('%s: the same output bytes, reports and outcome as one thread, whatever the piece size', async (format) => {
    await fc.assert(
      fc.asyncProperty(
        INPUTS[format],
        fc.constantFrom(...SIZES),
        fc.integer({ min: 1, max: 97 }),
        fc.boolean(),
        fc.constantFrom<('all' | 'problems' | 'messages')[]>('all', 'problems', 'messages'),
        fc.constantFrom(undefined, 30),
        async (bytes, size, chunk, fix, reports, maxLineBytes) => {
          const options = { format, fix, reports, chunk, ...(maxLineBytes !== undefined && { maxLineBytes }) };
          const alone = await lint(bytes, options);
          const pooled = await lint(bytes, { ...options, pool: pools.get(size)! });
          expect(pooled.output).toBe(alone.output);
          expect(pooled.reports).toEqual(alone.reports);
          expect(pooled.outcome).toEqual(alone.outcome);
          expect(pooled.records).toBe(alone.records);
          expect(pooled.fixed).toBe(alone.fixed);
          if (!fix) return;
          if (reports === 'all') {
            expect(alone.reports).toHaveLength(alone.records);
            expect(alone.reports.filter((r) => r.output !== undefined)).toHaveLength(alone.fixed);
          } else if (reports === 'problems') expect(alone.reports.every((r) => r.messages.length > 0 || r.output !== undefined)).toBe(true);
          else expect(alone.reports.every((r) => r.messages.length > 0)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a file is cut into pieces only from the pool\'s minimum size on; below it, one thread reads it', async () => {
    const t = tempDir({ 'small.txt': 'AS 1\nASN2\n'.repeat(50) });
    const sizes = async (pool: LinterPool) => {
      const batches: number[] = [];
      for await (const batch of lintInputBatches(createLinter(), t.path('small.txt'), { pool })) batches.push(batch.length);
      return batches;
    };
    const lazy = await createLinterPool({ useConfigFile: false }, { jobs: 1, lazy: true, minInputBytes: 10_000, pieceBytes: 64 });
    try {
      // one thread reads batches of up to 64 lines (each record held until the next is read); pieces of 64 bytes hold 12 or 13 of these lines
      expect(await sizes(lazy)).toEqual([63, 36, 1]);
      expect(Math.max(...(await sizes(pools.get(40)!)))).toBeLessThan(64);
    } finally {
      await lazy.close();
    }
  });

  it('goes on reading when the bytes held pass the piece size with no line feed yet (it once looped there forever)', async () => {
    const input = Buffer.from(`2001:DB8::/48\r\n\n\t \n10.1.2.3/8\n\r\nösterreich.icom.museum\n${'x'.repeat(90)}\n${'x'.repeat(90)}\n`);
    const options = { format: 'lines', fix: false, reports: 'all', chunk: 6, maxLineBytes: 30 } as const;
    const alone = await lint(input, options);
    expect(await lint(input, { ...options, pool: pools.get(40)! })).toEqual(alone);
  });

  it('a CSV file whose header cannot be read stops there, in pieces as in one thread', async () => {
    const input = Buffer.from(`name,other\n${'ASN,AS 1\n'.repeat(30)}`);
    const alone = await lint(input, { format: 'csv', fix: true, chunk: 8 });
    const pooled = await lint(input, { format: 'csv', fix: true, chunk: 8, pool: pools.get(40)! });
    expect(alone.reports.map((r) => r.readError?.message.slice(0, 30))).toEqual(['the CSV header names no value ']);
    expect(pooled).toEqual(alone);
  });
});
