import { describe, expect, it } from 'vitest';
import type { ExchangeRecord, InputRecord } from '@tclint/formats';
import { collect, tempDir } from '../testing/temp.js';
import { readExchanges, readRecords } from './open-input.js';

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

const exchange = (status: number) => ({
  request: {
    method: 'POST',
    url: 'https://tc.example/api/v3/indicators',
    headers: { Timestamp: '1700000000', Authorization: 'TC 12345:c2lnbmF0dXJlc2lnbmF0dXJl', 'Content-Type': 'application/json' },
    body: '{"type":"ASN","AS Number":"AS 1"}',
  },
  response: { status, headers: { Date: 'Tue, 14 Nov 2023 22:20:12 GMT' }, body: '{"status":"Error","message":"bad"}' },
});

describe('readRecords and readExchanges of files', () => {
  it('reads a file by path, detecting its format and naming it as the source', async () => {
    const t = tempDir({ 'list.csv': 'type,value\nASN,AS 1\n', 'data.json': '{"indicator":[{"type":"Host","summary":"a.example"}]}' });
    const csv = (await collect(readRecords(t.path('list.csv')))) as InputRecord[];
    expect(csv[0]).toMatchObject({ source: t.path('list.csv'), line: 2, origin: { format: 'csv' } });
    const batch = (await collect(readRecords(t.path('data.json')))) as InputRecord[];
    expect(batch[0]).toMatchObject({ path: 'indicator[0]', origin: { format: 'batch' } });
  });

  it('reads tab-separated files by extension', async () => {
    const t = tempDir({ 'keys.tsv': 'type\tvalue\nASN\tAS,1\n' });
    const items = (await collect(readRecords(t.path('keys.tsv')))) as InputRecord[];
    expect(items[0]!.subject).toMatchObject({ values: { 'AS Number': 'AS,1' } });
  });

  it('closes the file when the reader stops early', async () => {
    const t = tempDir({ 'big.txt': 'ASN1\n'.repeat(100_000) });
    for await (const item of readRecords(t.path('big.txt'))) {
      expect(item.line).toBe(1);
      break;
    }
  });

  it('reads HAR, JSON and NDJSON files by their detected format, with the secret key', async () => {
    const har = { log: { entries: [{ request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: [] }, response: { status: 401, headers: [], content: { text: '{}' } } }] } };
    const t = tempDir({ 'a.har': JSON.stringify(har), 'b.json': JSON.stringify(exchange(400)), 'c.ndjson': `${JSON.stringify(exchange(400))}\n`, 'd.txt': 'Signature data did not match\n' });
    for (const name of ['a.har', 'b.json', 'c.ndjson']) {
      const items = (await collect(readExchanges(t.path(name), { secretKey: SECRET }))) as ExchangeRecord[];
      expect(items.map((i) => [i.subject.kind, i.subject.secretKey])).toEqual([['exchange', SECRET]]);
    }
    await expect(collect(readExchanges(t.path('d.txt')))).rejects.toThrow('d.txt: lines input holds no exchanges (give a HAR file, or exchanges as JSON or NDJSON)');
  });
});
