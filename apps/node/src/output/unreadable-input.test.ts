import { readdirSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lintInput, type LintInputOptions } from '../input/lint-input.js';
import { createLinter } from '@tclint/preset';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { tempDir } from '../testing/temp.js';

const linter = createLinter({ plugins: TEST_PLUGINS });

/** Fixes a file to a stream: the bytes written, the reports and what the writer did. */
async function fixToStream(name: string, content: string | Uint8Array, options: Omit<LintInputOptions, 'output'> = {}) {
  const t = tempDir({ [name]: content });
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const run = lintInput(linter, t.path(name), { ...options, output: { stream } });
  const reports = [];
  let step = await run.next();
  for (; !step.done; step = await run.next()) reports.push(step.value);
  return { out: Buffer.concat(chunks), reports, outcome: step.value };
}

async function fixInPlace(name: string, content: string, options: Omit<LintInputOptions, 'output'> = {}) {
  const t = tempDir({ [name]: content });
  const run = lintInput(linter, t.path(name), { ...options, output: 'in-place' });
  let step = await run.next();
  while (!step.done) step = await run.next();
  return { outcome: step.value, after: t.read(name), files: readdirSync(t.dir) };
}

describe('a line too long to read', () => {
  const long = '9'.repeat(300);

  it('lines: is written back byte for byte, with its line ending, between the fixed lines', async () => {
    const { out, reports } = await fixToStream('l.txt', `\uFEFF${long}\r\nAS 2\r\n${long}x\nAS 4`, { type: 'ASN', maxLineBytes: 100 });
    expect(out.toString()).toBe(`\uFEFF${long}\r\nASN2\r\n${long}x\nASN4`);
    expect(reports.map((r) => r.readError?.message ?? r.line)).toEqual([
      'line 1 is 303 bytes long, over the limit; it was not checked', // the BOM counts
      2,
      'line 3 is 301 bytes long, over the limit; it was not checked',
      4,
    ]);
  });

  it('lines: invalid UTF-8 in it is copied back too', async () => {
    const input = Buffer.concat([Buffer.from('AS 1\n'), Buffer.from(long), Buffer.from([0xff, 0x0a]), Buffer.from('AS 3\n')]);
    const { out } = await fixToStream('b.txt', input, { type: 'ASN', maxLineBytes: 100 });
    expect(out.equals(Buffer.concat([Buffer.from('ASN1\n'), Buffer.from(long), Buffer.from([0xff, 0x0a]), Buffer.from('ASN3\n')]))).toBe(true);
  });

  it('csv and ndjson: the row or line is written back unchanged', async () => {
    const csv = await fixToStream('r.csv', `type,value\nASN,AS 1\nASN,${long}\nASN,AS 3\n`, { maxLineBytes: 100 });
    expect(csv.out.toString()).toBe(`type,value\nASN,ASN1\nASN,${long}\nASN,ASN3\n`);
    const ndjson = await fixToStream('r.ndjson', `{"type":"ASN","AS Number":"AS 1"}\n{"type":"ASN","AS Number":"${long}"}\n"AS 3"\n`, { type: 'ASN', maxLineBytes: 100 });
    expect(ndjson.out.toString()).toBe(`{"type":"ASN","AS Number":"ASN1"}\n{"type":"ASN","AS Number":"${long}"}\n"ASN3"\n`);
  });

  it('is not kept past the keeping limit, and the file is still never rewritten in place', async () => {
    const { reports } = await fixToStream('k.txt', `${long}\nAS 2\n`, { type: 'ASN', maxLineBytes: 100, maxKeptLineBytes: 200 });
    expect(reports[0]!.readError?.message).toBe('line 1 is 300 bytes long, over the limit; it was skipped and not kept');
    const input = `AS 1\n${long}\n`;
    const inPlace = await fixInPlace('p.txt', input, { type: 'ASN', maxLineBytes: 100 });
    expect(inPlace.outcome).toMatchObject({ written: false, reason: 'the input could not be read completely (line 2 is 300 bytes long, over the limit; it was not checked)' });
    expect(inPlace.after).toBe(input);
    expect(inPlace.files).toEqual(['p.txt']);
  });
});

describe('a JSON document that does not parse', () => {
  it('an array cut mid-record: the complete records are fixed, the rest is written as it was', async () => {
    const input = '[\n{"type":"ASN","AS Number":"AS 1"},\n{"type":"ASN","AS Number":"ASN2"},\n{"type":"ASN","AS Nu';
    const { out, reports, outcome } = await fixToStream('t.json', input);
    expect(out.toString()).toBe('[\n{"type":"ASN","AS Number":"ASN1"},\n{"type":"ASN","AS Number":"ASN2"},\n{"type":"ASN","AS Nu');
    expect(reports.map((r) => r.readError?.message ?? r.path)).toEqual(['[0]', '[1]', 'invalid JSON at line 4, column 21']);
    expect(outcome).toEqual({ written: true, changed: true });
  });

  it('an indented document: a fixed record keeps its indentation, line endings, other properties and their order', async () => {
    const input = '\uFEFF[\r\n  {\r\n    "rating": 3,\r\n    "type": "ASN",\r\n    "AS Number": "AS 1",\r\n    "tags": [\r\n      "a"\r\n    ]\r\n  },\r\n  {\r\n    "type": "Host",\r\n    "hostN';
    const { out } = await fixToStream('i.json', input);
    expect(out.toString()).toBe(input.replace('"AS 1"', '"ASN1"'));
  });

  it('a v2 batch document cut in its groups: the indicators are fixed', async () => {
    const input = '{"indicator":[{"type":"ASN","summary":"AS 5","rating":1},{"type":"Host","summary":"a.example."}],"group":[{"type":"Adversary","na';
    const { out } = await fixToStream('b.json', input);
    expect(out.toString()).toBe('{"indicator":[{"type":"ASN","summary":"ASN5","rating":1},{"type":"Host","summary":"a.example"}],"group":[{"type":"Adversary","na');
  });

  it('nothing complete or nothing to fix: written back unchanged', async () => {
    for (const input of ['{"type":"ASN","AS Number":"AS 1"', '[{"type":"ASN","AS Number":"ASN1"}, {"oops"}]', '[{"type":"ASN","AS Number":"ASN1"} {"type":"ASN","AS Number":"AS 2"}]', '\uFEFF[']) {
      const { out, reports } = await fixToStream('n.json', input);
      expect(out.toString(), input).toBe(input);
      expect(reports.at(-1)?.readError?.message, input).toMatch(/^invalid JSON at line 1, column \d+$/);
    }
  });

  it('is never rewritten in place, even with fixable records', async () => {
    const input = '[{"type":"ASN","AS Number":"AS 1"},';
    const { outcome, after, files } = await fixInPlace('w.json', input);
    expect(outcome).toMatchObject({ written: false, changed: true });
    expect(outcome?.reason).toMatch(/^the input could not be read completely \(invalid JSON at line 1, column \d+\)$/);
    expect(after).toBe(input);
    expect(files).toEqual(['w.json']);
  });
});
