import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/temp.js';
import { readBatch, readJson } from './json.js';
import { isRecordError, type InputRecord } from './record.js';

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
