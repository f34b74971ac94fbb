import { createEngine } from '@tclint/core';
import { testAsn, testHost } from '@tclint/test-plugins';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordReport } from '../records/report.js';
import { chunked } from '../testing/streams.js';
import { lintWholePiece, type PieceFormat, type PieceJob, type ReportMode } from './lint-piece.js';
import { PieceOutput } from './piece-output.js';
import { cutPieces, looksLikeUtf16 } from './pieces.js';
import { csvBoundaries, lineBoundaries } from './record-boundaries.js';

// The pure half of linting in pieces: cutting an input and linting its pieces one after another gives what linting it whole gives
// (the pool of @tclint/node, which lints the pieces in worker threads, is tested against one thread in its own pieces.test.ts).
const linter = createEngine({ config: [testAsn.configs.recommended, testHost.configs.recommended] });
const encoder = new TextEncoder();

const VALUES = ['AS 12', 'ASN12', '10.1.2.3/8', 'EXAMPLE.com', 'hxxp://evil[.]com/a', '#tag', 'österreich.icom.museum', 'not an indicator', 'x'.repeat(90)];
const blank = fc.constantFrom('', ' ', '\t ');
const invalid = fc.constant(Uint8Array.of(0x41, 0xff, 0x42));
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
  fc.constantFrom('"AS\n12"', '"AS\r\n12"', '"say ""AS 1"""', '"AS 1', '"AS 1"x', 'a"b'),
);
const csvRow = fc.oneof({ weight: 5, arbitrary: fc.tuple(fc.constantFrom('ASN', 'Host', ''), csvCell).map(([t, v]) => `${t},${v}`) }, { weight: 1, arbitrary: blank });

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function inputOf(row: fc.Arbitrary<string>, header?: string) {
  return fc
    .tuple(fc.array(fc.tuple(fc.oneof({ weight: 12, arbitrary: row }, { weight: 1, arbitrary: invalid }), eol), { maxLength: 60 }), fc.boolean(), fc.boolean())
    .map(([rows, bom, open]) => {
      const parts: Uint8Array[] = [];
      if (bom) parts.push(encoder.encode('\uFEFF'));
      if (header !== undefined) parts.push(encoder.encode(`${header}\n`));
      rows.forEach(([text, end], i) => {
        parts.push(typeof text === 'string' ? encoder.encode(text) : text);
        if (!(open && i === rows.length - 1)) parts.push(encoder.encode(end));
      });
      return concat(parts);
    });
}

const INPUTS = { lines: inputOf(lineText), ndjson: inputOf(ndjsonText), csv: inputOf(csvRow, 'type,value') } as const;

interface Run {
  reports: RecordReport[];
  output: Uint8Array;
  records: number;
  fixed: number;
  changed: boolean;
  lost: string | undefined;
}

function jobOf(format: PieceFormat, fix: boolean, reports: ReportMode, maxLineBytes?: number): PieceJob {
  return { format, read: { source: 'input', ...(format === 'csv' && { delimiter: ',' }), ...(maxLineBytes !== undefined && { maxLineBytes }) }, fix, write: true, reports };
}

async function whole(bytes: Uint8Array, job: PieceJob, chunk: number): Promise<Run> {
  const linted = await lintWholePiece(linter, job, { chunks: chunked(bytes, chunk), firstLine: 1 });
  return { reports: linted.reports, output: linted.output ?? new Uint8Array(), records: linted.records, fixed: linted.fixed, changed: linted.changed, lost: linted.lost };
}

/** Cuts the input as the pool of @tclint/node does and lints the pieces in order, in this thread. */
async function inPieces(bytes: Uint8Array, job: PieceJob, chunk: number, pieceBytes: number): Promise<Run> {
  const maxLineBytes = job.read.maxLineBytes ?? 64 * 1024;
  const scanner = job.format === 'csv' ? csvBoundaries({ delimiter: ',', maxLineBytes }) : lineBoundaries();
  const { header, pieces } = await cutPieces(chunked(bytes, chunk), scanner, { pieceBytes, maxPieceBytes: Math.max(4 * pieceBytes, maxLineBytes + 2), header: job.format === 'csv' });
  const parts: Uint8Array[] = [];
  const output = new PieceOutput({ write: async (b) => void parts.push(b.slice()), commit: async () => {}, discard: async () => {} }, { always: true });
  const reports: RecordReport[] = [];
  let records = 0;
  let fixed = 0;
  let lost: string | undefined;
  for await (const piece of pieces) {
    const pieceHeader = piece.firstLine > 1 ? header : undefined;
    const chunks = 'chunks' in piece ? piece.chunks : [piece.bytes];
    const linted = await lintWholePiece(linter, job, { chunks, firstLine: piece.firstLine, header: pieceHeader });
    if (linted.output) await output.write(linted.output);
    output.add(linted);
    lost ??= linted.lost;
    for (const report of linted.reports) reports.push({ ...report, index: report.index + records });
    records += linted.records;
    fixed += linted.fixed;
    if (linted.stopped || 'chunks' in piece) break;
  }
  return { reports, output: concat(parts), records, fixed, changed: output.changed, lost };
}

describe('an input cut into pieces of whole records', () => {
  it.each(Object.keys(INPUTS) as (keyof typeof INPUTS)[])('%s: the pieces linted in order give the output bytes, reports and records of the whole input', async (format) => {
    await fc.assert(
      fc.asyncProperty(
        INPUTS[format],
        fc.constantFrom(1, 40, 333),
        fc.integer({ min: 1, max: 97 }),
        fc.boolean(),
        fc.constantFrom<ReportMode[]>('all', 'problems', 'messages'),
        fc.constantFrom(undefined, 30),
        async (bytes, pieceBytes, chunk, fix, reports, maxLineBytes) => {
          const job = jobOf(format, fix, reports, maxLineBytes);
          const alone = await whole(bytes, job, chunk);
          const cut = await inPieces(bytes, job, chunk, pieceBytes);
          expect(cut.output).toEqual(alone.output);
          expect(cut.reports).toEqual(alone.reports);
          expect(cut.records).toBe(alone.records);
          expect(cut.fixed).toBe(alone.fixed);
          expect(cut.changed).toBe(alone.changed);
          expect(cut.lost).toBe(alone.lost);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(Object.keys(INPUTS) as (keyof typeof INPUTS)[])('%s: each mode reports its share of the records, and counts the fixed ones whether reported or not', async (format) => {
    await fc.assert(
      fc.asyncProperty(INPUTS[format], fc.boolean(), async (bytes, fix) => {
        const [all, problems, messages] = await Promise.all((['all', 'problems', 'messages'] as const).map((mode) => whole(bytes, jobOf(format, fix, mode), 64)));
        expect(all!.reports).toHaveLength(all!.records);
        expect(all!.fixed).toBe(all!.reports.filter((r) => r.output !== undefined).length);
        expect(problems!.reports).toEqual(all!.reports.filter((r) => r.messages.length > 0 || r.output !== undefined));
        expect(messages!.reports).toEqual(all!.reports.filter((r) => r.messages.length > 0));
        for (const run of [problems!, messages!]) {
          expect(run.fixed).toBe(all!.fixed);
          expect(run.records).toBe(all!.records);
          expect(run.output).toEqual(all!.output);
        }
        if (!fix) expect(all!.fixed).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('counts a record fixed clean without reporting it when only messages are wanted', async () => {
    const input = encoder.encode('AS 12\nASN12\n');
    const messages = await whole(input, jobOf('lines', true, 'messages'), 64);
    const problems = await whole(input, jobOf('lines', true, 'problems'), 64);
    expect(messages).toMatchObject({ reports: [], records: 2, fixed: 1, changed: true });
    expect(problems.reports.map((r) => r.line)).toEqual([1]);
    expect(new TextDecoder().decode(messages.output)).toBe('ASN12\nASN12\n');
  });

  it('goes on reading when the bytes held pass the piece size with no line feed yet (it once looped there forever)', async () => {
    const input = encoder.encode(`2001:DB8::/48\r\n\n\t \n10.1.2.3/8\n\r\nösterreich.icom.museum\n${'x'.repeat(90)}\n${'x'.repeat(90)}\n`);
    const job = jobOf('lines', false, 'all', 30);
    expect(await inPieces(input, job, 6, 40)).toEqual(await whole(input, job, 6));
  });

  it('a CSV input whose header cannot be read stops there, in pieces as whole', async () => {
    const input = encoder.encode(`name,other\n${'ASN,AS 1\n'.repeat(30)}`);
    const job = jobOf('csv', true, 'all');
    const alone = await whole(input, job, 8);
    expect(alone.reports.map((r) => r.readError?.message.slice(0, 30))).toEqual(['the CSV header names no value ']);
    expect(await inPieces(input, job, 8, 40)).toEqual(alone);
  });

  it('gives a UTF-16 input whole, as one rest read as it streams', async () => {
    const utf16 = Uint8Array.of(0xff, 0xfe, 0x41, 0, 0x0a, 0);
    expect(looksLikeUtf16(utf16)).toBe(true);
    expect(looksLikeUtf16(encoder.encode('AS 1\nAS 2\n'))).toBe(false);
    const { pieces } = await cutPieces(chunked(utf16, 3), lineBoundaries(), { pieceBytes: 1, maxPieceBytes: 64 });
    const all = [];
    for await (const piece of pieces) all.push(piece);
    expect(all).toHaveLength(1);
    expect('chunks' in all[0]!).toBe(true);
  });
});

describe('CSV record boundaries', () => {
  it('never cut inside a quoted cell, and are unsure of a quoted record longer than the line limit', () => {
    const lines = ['type,value', 'ASN,"AS', '12"', '', 'Host,"a', ...Array.from({ length: 5 }, () => 'x'.repeat(10))];
    const bytes = encoder.encode(lines.map((l) => `${l}\n`).join(''));
    const scanner = csvBoundaries({ delimiter: ',', maxLineBytes: 30 });
    const ends: string[] = [];
    let start = 0;
    for (let lf = bytes.indexOf(10); lf !== -1; start = lf + 1, lf = bytes.indexOf(10, start)) ends.push(scanner.line(bytes, start, lf));
    expect(ends).toEqual(['cut', 'keep', 'cut', 'keep', 'keep', 'keep', 'keep', 'unsure', 'unsure', 'unsure']);
  });
});
