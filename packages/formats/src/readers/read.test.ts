import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/streams.js';
import { openStream, readExchanges, readRecords } from './read.js';
import type { InputRecord } from '../records/record.js';

describe('readRecords over a stream', () => {
  it('sniffs a stream and applies --type', async () => {
    const items = (await collect(readRecords(chunked('12345\n', 2), { type: 'ASN', source: '-' }))) as InputRecord[];
    expect(items[0]).toMatchObject({ source: '-', subject: { type: 'ASN', values: { 'AS Number': '12345' } } });
  });

  it('honours an explicit format', async () => {
    const opened = await openStream(chunked('type,value\n', 100), { format: 'lines' });
    expect(opened.format).toBe('lines');
    const items = await collect(readRecords(opened));
    expect(items).toHaveLength(1);
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
