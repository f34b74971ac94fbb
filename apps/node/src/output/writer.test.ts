import { readdirSync, statSync, chmodSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lintInput, type LintInputOptions } from '../input/lint-input.js';
import { createLinter } from '@tclint/preset';
import { readRecords } from '../input/open-input.js';
import { isRecordError } from '@tclint/formats';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { collect, tempDir } from '../testing/temp.js';
import { createWriter } from './writer.js';

const linter = createLinter({ plugins: TEST_PLUGINS });

async function fixInPlace(files: Record<string, string | Uint8Array>, name: string, options: { type?: string; maxLineBytes?: number } = {}) {
  const t = tempDir(files);
  const run = lintInput(linter, t.path(name), { ...options, output: 'in-place' });
  const reports = [];
  let step = await run.next();
  while (!step.done) {
    reports.push(step.value);
    step = await run.next();
  }
  return { t, reports, outcome: step.value };
}

describe('writing fixes back', () => {
  it('lines: one output line per input line, blank lines, CRLF and BOM kept, unfixable values unchanged', async () => {
    const input = '\uFEFFAS 1\r\n\r\nASN2\r\nnot an asn\r\n   \r\n12345';
    const { t, outcome } = await fixInPlace({ 'list.txt': input }, 'list.txt', { type: 'ASN' });
    expect(outcome).toEqual({ written: true, changed: true });
    expect(t.read('list.txt')).toBe('\uFEFFASN1\r\n\r\nASN2\r\nnot an asn\r\n   \r\nASN12345');
    expect(readdirSync(t.dir)).toEqual(['list.txt']);
  });

  it('lines: inferred types and multi-valued summaries', async () => {
    const { t } = await fixInPlace({ 'l.txt': 'AS 7\nhost.example.\n' }, 'l.txt');
    expect(t.read('l.txt')).toBe('ASN7\nhost.example\n');
    const keys = await fixInPlace({ 'k.txt': 'HKLM\\Run : v : reg_sz\n' }, 'k.txt', { type: 'Registry Key' });
    expect(keys.t.read('k.txt')).toBe('HKLM\\Run : v : REG_SZ\n');
  });

  it('lines: invalid UTF-8 bytes are copied back exactly', async () => {
    const input = Buffer.concat([Buffer.from('AS 1\n'), Buffer.from([0x41, 0xff, 0x42]), Buffer.from('\nAS 3\n')]);
    const { t, reports } = await fixInPlace({ 'bin.txt': input }, 'bin.txt', { type: 'ASN' });
    expect(reports[1]!.readError?.column).toBe(2);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(t.path('bin.txt'))).toEqual(Buffer.concat([Buffer.from('ASN1\n'), Buffer.from([0x41, 0xff, 0x42]), Buffer.from('\nASN3\n')]));
  });

  it('lines: a file with a line over the limit is not rewritten', async () => {
    const input = `AS 1\n${'x'.repeat(300)}\nAS 2\n`;
    const { t, outcome } = await fixInPlace({ 'long.txt': input }, 'long.txt', { type: 'ASN', maxLineBytes: 100 });
    expect(outcome).toMatchObject({ written: false, changed: true });
    expect(outcome?.reason).toContain('could not be read completely');
    expect(t.read('long.txt')).toBe(input);
    expect(readdirSync(t.dir)).toEqual(['long.txt']);
  });

  it('lines: a run of blank lines over the limit is not kept, so the file is not rewritten', async () => {
    const input = `AS 1\n${'\n'.repeat(300)}AS 2\n`;
    const { t, reports, outcome } = await fixInPlace({ 'gap.txt': input }, 'gap.txt', { type: 'ASN', maxLineBytes: 100 });
    expect(reports.map((r) => r.line)).toEqual([1, 302]);
    expect(outcome).toMatchObject({ written: false, reason: 'the input could not be read completely (a run of blank lines was longer than 100 bytes; it was not kept from line 102 on)' });
    expect(t.read('gap.txt')).toBe(input);
  });

  it('lines: nothing fixed leaves the file alone', async () => {
    const { t, outcome } = await fixInPlace({ 'ok.txt': 'ASN1\n' }, 'ok.txt');
    expect(outcome).toEqual({ written: false, changed: false, reason: 'nothing was fixed' });
    expect(readdirSync(t.dir)).toEqual(['ok.txt']);
  });

  it('csv: fixed cells replaced, other columns and quoting kept, header and blank lines kept', async () => {
    const input = 'type,value,"note, quoted"\r\nASN,AS 1,"keep ""this"""\r\n\r\nHost,a.example.,x\r\nASN,ASN2,"multi\r\nline"\r\n';
    const { t } = await fixInPlace({ 'x.csv': input }, 'x.csv');
    expect(t.read('x.csv')).toBe('type,value,"note, quoted"\r\nASN,ASN1,"keep ""this"""\r\n\r\nHost,a.example,x\r\nASN,ASN2,"multi\r\nline"\r\n');
  });

  it('csv: field columns are fixed in place and quoted when needed', async () => {
    const input = 'Key Name,Value Name,Value Type\n"HKLM\\Run","a,b",reg_sz\n';
    const { t } = await fixInPlace({ 'k.csv': input }, 'k.csv');
    expect(t.read('k.csv')).toBe('Key Name,Value Name,Value Type\n"HKLM\\Run","a,b",REG_SZ\n');
  });

  it('csv: an error row is copied back verbatim and reading goes on', async () => {
    const input = 'type,value\nASN,"AS 1\nASN,AS 2\n';
    const { t, reports } = await fixInPlace({ 'e.csv': input }, 'e.csv');
    expect(reports.map((r) => r.readError?.message ?? r.line)).toEqual(['unterminated quoted cell starting on line 2', 3]);
    expect(t.read('e.csv')).toBe('type,value\nASN,"AS 1\nASN,ASN2\n');
  });

  it('ndjson: fixed lines re-serialized with their other fields; bad lines kept', async () => {
    const input = '{"type":"ASN", "AS Number":"AS 1", "rating":3}\n{bad json\n{"type":"Host","summary":"h.example."}\n"AS 9"\n';
    const { t } = await fixInPlace({ 'x.ndjson': input }, 'x.ndjson', { type: 'ASN' });
    expect(t.read('x.ndjson')).toBe('{"type":"ASN","AS Number":"ASN1","rating":3}\n{bad json\n{"type":"Host","summary":"h.example"}\n"ASN9"\n');
  });

  it('json: the document is written back with its layout and every other field', async () => {
    const doc = [{ type: 'ASN', 'AS Number': 'AS 1', rating: 3, attributes: [{ type: 'Description', value: 'x' }] }, { type: 'Host', hostName: 'fine.example' }];
    const text = `${JSON.stringify(doc, null, 4)}\n`;
    const { t } = await fixInPlace({ 'x.json': text }, 'x.json');
    doc[0]!['AS Number'] = 'ASN1';
    expect(t.read('x.json')).toBe(`${JSON.stringify(doc, null, 4)}\n`);
  });

  it('batch: summaries fixed, groups kept', async () => {
    const doc = { indicator: [{ type: 'ASN', summary: 'AS 5', rating: 1 }, { type: 'Host', rating: 2 }], group: [{ type: 'Adversary', name: 'a' }] };
    const { t, reports } = await fixInPlace({ 'b.json': JSON.stringify(doc) }, 'b.json');
    expect(reports.map((r) => r.path)).toEqual(['indicator[0]', 'indicator[1]']);
    expect(reports[1]!.readError?.message).toBe('indicator[1]: the Host indicator has no "summary"');
    doc.indicator[0]!.summary = 'ASN5';
    expect(t.read('b.json')).toBe(JSON.stringify(doc));
  });

  it('json: invalid JSON is never rewritten', async () => {
    const { t, outcome } = await fixInPlace({ 'bad.json': '[{"type":"ASN","AS Number":"AS 1"},' }, 'bad.json');
    expect(outcome?.written).toBe(false);
    expect(t.read('bad.json')).toBe('[{"type":"ASN","AS Number":"AS 1"},');
  });

  it('keeps the file mode', async () => {
    const t = tempDir({ 'm.txt': 'AS 1\n' });
    chmodSync(t.path('m.txt'), 0o600);
    await collect(lintInput(linter, t.path('m.txt'), { type: 'ASN', output: 'in-place' }));
    expect(statSync(t.path('m.txt')).mode & 0o777).toBe(0o600);
    expect(t.read('m.txt')).toBe('ASN1\n');
  });

  it('writes nothing when the reader fails or stops part-way', async () => {
    const t = tempDir({ 'p.txt': 'AS 1\nAS 2\n' });
    for await (const report of lintInput(linter, t.path('p.txt'), { type: 'ASN', output: 'in-place' })) {
      expect(report.line).toBe(1);
      break;
    }
    expect(t.read('p.txt')).toBe('AS 1\nAS 2\n');
    expect(readdirSync(t.dir)).toEqual(['p.txt']);
  });

  it('writes to another path or a stream', async () => {
    const t = tempDir({ 'in.txt': 'AS 1\n' });
    await collect(lintInput(linter, t.path('in.txt'), { type: 'ASN', output: { path: t.path('out.txt') } }));
    expect(t.read('out.txt')).toBe('ASN1\n');
    expect(t.read('in.txt')).toBe('AS 1\n');
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    await collect(lintInput(linter, t.path('in.txt'), { type: 'ASN', output: { stream } }));
    expect(Buffer.concat(chunks).toString()).toBe('ASN1\n');
  });

  it('writes another path even when nothing changed with `always` (a LintInputOptions output is a WriteTarget)', async () => {
    const t = tempDir({ 'clean.txt': 'ASN1\n' });
    const options: LintInputOptions = { type: 'ASN', output: { path: t.path('copy.txt'), always: true } };
    const run = lintInput(linter, t.path('clean.txt'), options);
    let step = await run.next();
    while (!step.done) step = await run.next();
    expect(step.value).toEqual({ written: true, changed: false });
    expect(t.read('copy.txt')).toBe('ASN1\n');
    await collect(lintInput(linter, t.path('clean.txt'), { type: 'ASN', output: { path: t.path('not-written.txt') } }));
    expect(readdirSync(t.dir).sort()).toEqual(['clean.txt', 'copy.txt']);
  });

  it('csv with field-name columns and --type: the columns decide the type, and the fix is written in place', async () => {
    const { t, reports } = await fixInPlace({ 'k.csv': 'Key Name,Value Name,Value Type\nHKLM\\Run,a,reg_sz\n' }, 'k.csv', { type: 'ASN' });
    expect(reports.map((r) => r.subject?.kind === 'indicator' && r.subject.type)).toEqual(['Registry Key']);
    expect(t.read('k.csv')).toBe('Key Name,Value Name,Value Type\nHKLM\\Run,a,REG_SZ\n');
  });

  it('refuses HAR output and records of another format', async () => {
    expect(() => createWriter('har', { stream: new PassThrough() })).toThrow(/HAR/);
    const t = tempDir({ 'a.txt': 'AS 1\n' });
    const writer = createWriter('csv', { stream: new PassThrough() });
    const [item] = await collect(readRecords(t.path('a.txt')));
    expect(isRecordError(item!)).toBe(false);
    await expect(writer.write(item!)).rejects.toThrow(/csv writer cannot write a lines record/);
  });
});
