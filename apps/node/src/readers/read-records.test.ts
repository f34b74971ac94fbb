import { describe, expect, it } from 'vitest';
import { chunked, collect, tempDir } from '../testing/temp.js';
import { openInput, readExchanges, readRecords } from './index.js';
import type { InputRecord } from './record.js';

describe('readRecords', () => {
  it('reads a file by path, detecting its format and naming it as the source', async () => {
    const t = tempDir({ 'list.csv': 'type,value\nASN,AS 1\n', 'data.json': '{"indicator":[{"type":"Host","summary":"a.example"}]}' });
    const csv = (await collect(readRecords(t.path('list.csv')))) as InputRecord[];
    expect(csv[0]).toMatchObject({ source: t.path('list.csv'), line: 2, origin: { format: 'csv' } });
    const batch = (await collect(readRecords(t.path('data.json')))) as InputRecord[];
    expect(batch[0]).toMatchObject({ path: 'indicator[0]', origin: { format: 'batch' } });
  });

  it('sniffs a stream and applies --type', async () => {
    const items = (await collect(readRecords(chunked('12345\n', 2), { type: 'ASN', source: '-' }))) as InputRecord[];
    expect(items[0]).toMatchObject({ source: '-', subject: { type: 'ASN', values: { 'AS Number': '12345' } } });
  });

  it('reads tab-separated files by extension', async () => {
    const t = tempDir({ 'keys.tsv': 'type\tvalue\nASN\tAS,1\n' });
    const items = (await collect(readRecords(t.path('keys.tsv')))) as InputRecord[];
    expect(items[0]!.subject).toMatchObject({ values: { 'AS Number': 'AS,1' } });
  });

  it('honours an explicit format', async () => {
    const opened = await openInput(chunked('type,value\n', 100), { format: 'lines' });
    expect(opened.format).toBe('lines');
    const items = await collect(readRecords(opened));
    expect(items).toHaveLength(1);
  });

  it('closes the file when the reader stops early', async () => {
    const t = tempDir({ 'big.txt': 'ASN1\n'.repeat(100_000) });
    for await (const item of readRecords(t.path('big.txt'))) {
      expect(item.line).toBe(1);
      break;
    }
  });

  it('closes the source of an input of the wrong kind, even after sniffing it', async () => {
    let closed = false;
    const source: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]() {
        let sent = 0;
        return {
          next: async () => (sent++ < 100 ? { value: Buffer.from('a log line\n'.repeat(500)), done: false } : { value: undefined, done: true }),
          return: async () => {
            closed = true;
            return { value: undefined, done: true };
          },
        };
      },
    };
    await expect(collect(readExchanges(source))).rejects.toThrow('<stdin>: lines input holds no exchanges');
    expect(closed).toBe(true);
  });
});
