import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { indicatorFromSummary } from '@tclint/core';
import { lintInput } from './lint-input.js';
import { createLinter } from '@tclint/preset';
import { CsvRecordParser, csvQuote, InputEncodingError, sniffEncoding, type InputFormat, type InputRecord } from '@tclint/formats';
import { openInput, readRecords } from './open-input.js';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { chunked, collect } from '../testing/temp.js';
import { cpuMs } from '@tclint/rule-tester';
import { createWriter } from '../output/writer.js';

/** Reads an input and writes it back without any fix, as the adapters do: in the encoding it was read in (UTF-16 stays UTF-16). */
async function roundTrip(bytes: Uint8Array, format: InputFormat, chunk: number): Promise<Buffer> {
  const stream = new PassThrough();
  const out: Buffer[] = [];
  stream.on('data', (c: Buffer) => out.push(c));
  const opened = await openInput(chunked(bytes, chunk), { format });
  const writer = createWriter(format, { stream }, { encoding: opened.encoding });
  const records = readRecords(opened, { format });
  for (let step = await records.next(); ; step = await records.next()) {
    if (step.done) {
      await writer.commit(step.value);
      break;
    }
    await writer.write(step.value);
  }
  return Buffer.concat(out);
}

const lineText = fc.array(fc.constantFrom('a', 'S', '1', ' ', '\t', ',', '"', '\r', 'é', '\uFEFF', '{', '}', ':'), { maxLength: 12 }).map((a) => a.join(''));
const textFile = fc.tuple(fc.array(fc.tuple(lineText, fc.constantFrom('\n', '\r\n')), { maxLength: 8 }), lineText, fc.boolean()).map(([lines, last, bom]) => (bom ? '\uFEFF' : '') + lines.map(([t, e]) => t + e).join('') + last);

describe('reading and writing back without fixes reproduces the input byte for byte', () => {
  it('lines (any text, CRLF, BOM, blank lines)', async () => {
    await fc.assert(
      fc.asyncProperty(textFile, fc.integer({ min: 1, max: 7 }), async (text, chunk) => {
        expect((await roundTrip(Buffer.from(text), 'lines', chunk)).toString()).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  // Any bytes at all: UTF-8 with invalid sequences, or what reads as UTF-16 (a BOM, a NUL in every other byte),
  // which is written back as UTF-16 or, when it is not valid UTF-16, refused with InputEncodingError.
  it('lines with invalid UTF-8 bytes, and bytes that read as UTF-16', async () => {
    const utf16Like = fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], []), fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.constant(0)), { maxLength: 12 }), fc.boolean()).map(
      ([bom, units, swap]) => Uint8Array.from([...bom, ...units.flatMap(([a, b]) => (swap ? [b, a] : [a, b]))]),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 40 }), utf16Like), fc.integer({ min: 1, max: 7 }), async (bytes, chunk) => {
        const written = await roundTrip(bytes, 'lines', chunk).catch((error: unknown) => error);
        if (written instanceof InputEncodingError) expect(sniffEncoding(bytes).encoding).toBe(written.encoding);
        else expect(Buffer.compare(written as Buffer, Buffer.from(bytes))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a UTF-16 BOM alone, and BOM-less UTF-16, are written back as they came', async () => {
    for (const bytes of [[0xff, 0xfe], [0xfe, 0xff], [0x41, 0, 0x42, 0], [0, 0x41, 0, 0x42], [0xff, 0xfe, 0x41, 0, 0x0a, 0]]) {
      expect([...(await roundTrip(Uint8Array.from(bytes), 'lines', 1))]).toEqual(bytes);
    }
  });

  it('ndjson (valid and invalid lines alike)', async () => {
    const line = fc.oneof(lineText, fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)), fc.constant('{"type":"ASN","AS Number":"AS 1"}'));
    const file = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n')), { maxLength: 6 }).map((l) => l.map(([t, e]) => t + e).join(''));
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        expect((await roundTrip(Buffer.from(text), 'ndjson', 5)).toString()).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('json and batch documents', async () => {
    const item = fc.oneof(fc.record({ type: fc.constantFrom('ASN', 'Host', 'Acme'), 'AS Number': fc.string({ maxLength: 5 }), rating: fc.integer() }), fc.jsonValue({ maxDepth: 2 }));
    const doc = fc.oneof(fc.array(item, { maxLength: 4 }), item, fc.record({ indicator: fc.array(item, { maxLength: 3 }), group: fc.constant([]) }));
    await fc.assert(
      fc.asyncProperty(doc, fc.constantFrom(0, 2, '\t'), fc.boolean(), async (value, indent, newline) => {
        const text = JSON.stringify(value, null, indent) + (newline ? '\n' : '');
        expect((await roundTrip(Buffer.from(text), 'json', 16)).toString()).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('csv (quoted cells with delimiters, quotes and line breaks; unterminated quotes)', async () => {
    const cell = fc.oneof(lineText, fc.string({ maxLength: 6 }).map((s) => `"${s.replace(/"/g, '""')}"`));
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    const file = fc.tuple(fc.array(fc.tuple(row, fc.constantFrom('\n', '\r\n')), { maxLength: 6 }), fc.boolean()).map(([rows, header]) => (header ? 'type,value,x\n' : 'value\n') + rows.map(([r, e]) => r + e).join(''));
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 9 }), async (text, chunk) => {
        expect((await roundTrip(Buffer.from(text), 'csv', chunk)).toString()).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('fixing keeps the shape of the input', () => {
  const linter = createLinter({ plugins: TEST_PLUGINS });
  const asnish = fc.oneof(fc.constantFrom('AS 1', 'ASN2', 'as 33', '  ', '', 'zzz', 'AS1.5', 'ASN 0012'), fc.string({ maxLength: 8 }).filter((v) => !v.includes('\n') && !v.includes('\r')));

  async function fixStream(text: string, format: InputFormat) {
    const stream = new PassThrough();
    const out: Buffer[] = [];
    stream.on('data', (c: Buffer) => out.push(c));
    await collect(lintInput(linter, chunked(Buffer.from(text), 4), { format, type: 'ASN', output: { stream } }));
    return Buffer.concat(out).toString();
  }

  it('lines: one output line per input line; lines without a fix unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(asnish, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), async (values, eol) => {
        const text = values.map((v) => v + eol).join('');
        const output = await fixStream(text, 'lines');
        const inLines = text.split(eol);
        const outLines = output.split(eol);
        expect(outLines).toHaveLength(inLines.length);
        inLines.forEach((line, i) => {
          const fixed = linter.fix(indicatorFromSummary(line, 'ASN'));
          const expected = /^[ \t]*$/.test(line) || !fixed.changes.length ? line : fixed.output!.kind === 'indicator' && fixed.output!.values['AS Number'];
          expect(outLines[i]).toBe(expected);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('csv: same rows, only the value cells change', async () => {
    const cell = fc.string({ maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(asnish, cell), { maxLength: 6 }), async (rows) => {
        const text = 'value,note\n' + rows.map(([v, n]) => `${csvQuote(v)},${csvQuote(n)}\n`).join('');
        const output = await fixStream(text, 'csv');
        const reread = (await collect(readRecords(chunked(Buffer.from(output), 7), { format: 'csv' }))) as InputRecord[];
        const original = (await collect(readRecords(chunked(Buffer.from(text), 7), { format: 'csv' }))) as InputRecord[];
        expect(reread.map((r) => r.origin.format === 'csv' && r.origin.cells[1]!.value)).toEqual(original.map((r) => r.origin.format === 'csv' && r.origin.cells[1]!.value));
        expect(reread.map((r) => r.line)).toEqual(original.map((r) => r.line));
      }),
      { numRuns: 100 },
    );
  });
});

describe('CSV quoting', () => {
  it('a quoted cell parses back to its value', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 5 }), (values) => {
        const parser = new CsvRecordParser();
        const lines = values.map((v) => csvQuote(v)).join(',').split('\n');
        let step = parser.feed(lines[0]!, lines.length > 1 ? '\n' : '');
        for (let i = 1; i < lines.length; i++) step = parser.feed(lines[i]!, i < lines.length - 1 ? '\n' : '');
        expect(step.status === 'record' && step.cells.map((c) => c.value)).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});

describe('adversarial inputs stay fast', () => {
  it('a 1 MB line of quotes, commas and backslashes reads in well under a second', async () => {
    const nasty = `value\n"${'",\\'.repeat(350_000)}\n`;
    let count = 0;
    const ms = await cpuMs(async () => {
      for await (const item of readRecords(chunked(nasty, 65536), { format: 'csv', maxLineBytes: 4 * 1024 * 1024 })) if (item) count++;
    });
    expect(count).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
  });
});
