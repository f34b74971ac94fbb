import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/streams.js';
import { readBatch, readJson } from './json.js';
import { isRecordError, type InputRecord } from '../records/record.js';

describe('readJson', () => {
  it('reads an array of v3 bodies with their paths; line is null', async () => {
    const input = JSON.stringify([{ type: 'ASN', 'AS Number': 'AS 1' }, { type: 'Host', hostName: 'x.example', rating: 2 }], null, 2);
    const items = (await collect(readJson(chunked(input, 9), { source: 'b.json' }))) as InputRecord[];
    expect(items.map((i) => [i.source, i.line, i.path, i.subject.kind === 'indicator' && i.subject.type])).toEqual([
      ['b.json', null, '[0]', 'ASN'],
      ['b.json', null, '[1]', 'Host'],
    ]);
  });

  it('reads one v3 body with path null', async () => {
    const [item] = (await collect(readJson(chunked('{"type":"CIDR","Block":"10.0.0.1/8"}', 100)))) as InputRecord[];
    expect(item).toMatchObject({ path: null, subject: { type: 'CIDR', values: { Block: '10.0.0.1/8' } } });
  });

  it('reads a batch document as batch', async () => {
    const [item] = (await collect(readJson(chunked('{"indicator":[{"type":"ASN","summary":"AS 1"}],"group":[]}', 100)))) as InputRecord[];
    expect(item).toMatchObject({ path: 'indicator[0]', origin: { format: 'batch' } });
  });

  it('reports unreadable items and goes on with the rest', async () => {
    const items = await collect(readJson(chunked('[{"type":"ASN"}, 7, {"type":"ASN","AS Number":"ASN1"}]', 100)));
    expect(items.map((i) => (isRecordError(i) ? i.error.message : i.path))).toEqual([
      '[0]: the ASN indicator has none of its fields ("AS Number")',
      '[1]: expected a JSON object, got a number',
      '[2]',
    ]);
  });

  it('reports invalid JSON with its position as one lost error', async () => {
    const items = await collect(readJson(chunked('[\n  {"type": "ASN",\n  oops}\n]', 100)));
    expect(items).toHaveLength(1);
    const [error] = items;
    expect(isRecordError(error!) && error.lost).toBe(true);
    expect(isRecordError(error!) && error.error).toMatchObject({ line: 3, column: expect.any(Number) });
  });

  it('reads the complete records of an array cut mid-record, then reports the break with its line and column', async () => {
    const input = '[\n{"type":"ASN","AS Number":"AS 1"},\n{"type":"ASN","AS Number":"AS 2"},\n{"type":"ASN","AS Nu';
    const items = await collect(readJson(chunked(input, 7), { source: 't.json' }));
    expect(items.map((i) => (isRecordError(i) ? [i.index, i.path, i.error] : [i.index, i.path, i.subject]))).toEqual([
      [0, '[0]', { kind: 'indicator', type: 'ASN', values: { 'AS Number': 'AS 1' } }],
      [1, '[1]', { kind: 'indicator', type: 'ASN', values: { 'AS Number': 'AS 2' } }],
      [2, null, { message: 'invalid JSON at line 4, column 21', line: 4, column: 21 }],
    ]);
    const failure = items[2]!;
    expect(isRecordError(failure) && failure.lost).toBe(true);
    // the document error carries the body, so a writer can still give the document back
    expect(failure.origin).toMatchObject({ format: 'json', entry: -1 });
  });

  it('reads no record after the break, and reports unreadable complete items as usual', async () => {
    const items = await collect(readJson(chunked('[{"type":"ASN"}, {"type":"ASN","AS Number":"AS 1"}, {"oops"}, {"type":"ASN","AS Number":"AS 3"}]', 5)));
    expect(items.map((i) => (isRecordError(i) ? i.error.message : i.path))).toEqual([
      '[0]: the ASN indicator has none of its fields ("AS Number")',
      '[1]',
      expect.stringMatching(/^invalid JSON at line 1, column \d+$/),
    ]);
  });

  it('reads the complete indicators of a cut v2 batch document as batch items', async () => {
    const input = '{"indicator": [{"type":"ASN","summary":"AS 1"}, {"type":"Host","summary":"a.example."}], "group": [{"name": "g", "type": "Adv';
    const items = await collect(readJson(chunked(input, 9)));
    expect(items.map((i) => [i.path, isRecordError(i) ? i.error.message : i.origin.format])).toEqual([
      ['indicator[0]', 'batch'],
      ['indicator[1]', 'batch'],
      [null, expect.stringMatching(/^invalid JSON at line 1, column \d+$/)],
    ]);
  });

  it('reports a cut single body alone, with the BOM kept for writers', async () => {
    const items = await collect(readJson(chunked('\uFEFF{"type":"ASN","AS Number":"AS 1"', 5)));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ index: 0, before: '\uFEFF', error: { line: 1 }, origin: { format: 'json', entry: -1 } });
  });

  it('reports invalid UTF-8', async () => {
    const items = await collect(readJson(chunked(Buffer.concat([Buffer.from('["'), Buffer.from([0xfe]), Buffer.from('"]')]), 100)));
    expect(isRecordError(items[0]!) && items[0].error).toEqual({ message: 'invalid UTF-8 at line 1, column 3', line: 1, column: 3 });
  });
});

describe('readBatch', () => {
  it('reads indicator items by summary, multi-valued types split on " : "', async () => {
    const doc = { indicator: [{ type: 'Registry Key', summary: 'HKLM\\Run : v : reg_sz', rating: 3 }, { type: 'File', summary: 'aa : bb' }], group: [{ name: 'g' }] };
    const items = (await collect(readBatch(chunked(JSON.stringify(doc), 100)))) as InputRecord[];
    expect(items.map((i) => [i.path, i.subject])).toEqual([
      ['indicator[0]', { kind: 'indicator', type: 'Registry Key', values: { 'Key Name': 'HKLM\\Run', 'Value Name': 'v', 'Value Type': 'reg_sz' }, raw: 'HKLM\\Run : v : reg_sz' }],
      ['indicator[1]', { kind: 'indicator', type: 'File', values: { md5: 'aa', sha1: 'bb' }, raw: 'aa : bb' }],
    ]);
  });

  it('accepts a bare array of batch items', async () => {
    const items = (await collect(readBatch(chunked('[{"type":"ASN","summary":"1"}]', 100)))) as InputRecord[];
    expect(items[0]).toMatchObject({ path: '[0]', subject: { type: 'ASN' } });
  });
});
