import { describe, expect, it } from 'vitest';
import { chunked, collect, utf16Bytes } from '../testing/streams.js';
import { InputEncodingError } from '../text/encoding.js';
import { openStream, readExchanges, readRecords } from './read.js';
import { isRecordError, type InputRecord } from '../records/record.js';

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

  it('reads a UTF-16 file (a .reg export) as its text, whatever its format, and says which encoding it was', async () => {
    const reg = utf16Bytes('\uFEFFHKLM\\Software\\Run : updater : REG_SZ\r\n# exported 2024\r\nHKCU\\Software\\x :   : REG_NONE\r\n', 'utf-16le');
    const opened = await openStream(chunked(reg, 3), { path: 'run.reg' });
    expect(opened).toMatchObject({ format: 'lines', encoding: 'utf-16le', path: 'run.reg' });
    const items = await collect(readRecords(opened, { type: 'Registry Key' }));
    expect(items.every((i) => !isRecordError(i))).toBe(true);
    expect((items as InputRecord[]).map((i) => [i.line, i.subject])).toEqual([
      [1, { kind: 'indicator', type: 'Registry Key', values: { 'Key Name': 'HKLM\\Software\\Run', 'Value Name': 'updater', 'Value Type': 'REG_SZ' }, raw: 'HKLM\\Software\\Run : updater : REG_SZ' }],
      [3, { kind: 'indicator', type: 'Registry Key', values: { 'Key Name': 'HKCU\\Software\\x', 'Value Name': ' ', 'Value Type': 'REG_NONE' }, raw: 'HKCU\\Software\\x :   : REG_NONE' }],
    ]);
    expect(items[0]!.before).toBe('\uFEFF');
    const csv = await openStream(chunked(utf16Bytes('type,value\r\nASN,AS 1\r\n', 'utf-16be'), 64));
    expect(csv).toMatchObject({ format: 'csv', encoding: 'utf-16be' });
    expect((await collect(readRecords(csv))).map((i) => i.raw)).toEqual(['ASN,AS 1']);
  });

  it('says in one error that a UTF-16 input cannot be read, instead of reading NULs', async () => {
    const broken = Buffer.concat([Buffer.from(utf16Bytes('\uFEFFASN1\r\n', 'utf-16le')), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    await expect(collect(readRecords(chunked(broken, 4), { type: 'ASN' }))).rejects.toBeInstanceOf(InputEncodingError);
  });

  it('reads an input with columns as CSV unless it plainly is another format', async () => {
    expect((await openStream(chunked('Observable,Note\n1.2.3.4,x\n', 100), { columns: { value: 'Observable' } })).format).toBe('csv');
    expect((await openStream(chunked('Observable,Note\n', 100))).format).toBe('lines');
    expect((await openStream(chunked('{"type":"ASN"}', 100), { columns: { value: 1 } })).format).toBe('json');
  });
});
