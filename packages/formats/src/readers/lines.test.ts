import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/streams.js';
import { readLines } from './lines.js';
import { isRecordError, type InputRecord } from '../records/record.js';

describe('readLines', () => {
  it('reads one value per line, counting blank lines, with CRLF and a BOM', async () => {
    const items = await collect(readLines(chunked('\uFEFFASN1\r\n\r\n  \r\nAS 2\r\nk : v : REG_SZ', 2), { source: 'in.txt' }));
    expect(items.map((i) => [i.line, i.raw, i.before, i.after])).toEqual([
      [1, 'ASN1', '\uFEFF', '\r\n\r\n  \r\n'],
      [4, 'AS 2', undefined, '\r\n'],
      [5, 'k : v : REG_SZ', undefined, ''],
    ]);
    expect(items.every((i) => i.source === 'in.txt' && i.path === null)).toBe(true);
  });

  it('leaves the type to the engine, or applies --type with summary splitting', async () => {
    const [untyped] = (await collect(readLines(chunked('AS 2\n', 10)))) as InputRecord[];
    expect(untyped!.subject).toEqual({ kind: 'indicator', type: undefined, values: {}, raw: 'AS 2' });
    const [typed] = (await collect(readLines(chunked('k : v : REG_SZ\n', 10), { type: 'registry-key' }))) as InputRecord[];
    expect(typed!.subject).toMatchObject({ type: 'Registry Key', values: { 'Key Name': 'k', 'Value Name': 'v', 'Value Type': 'REG_SZ' } });
  });

  it('numbers lines from firstLine for a piece of a larger input (a worker reads one): a BOM counts only on line 1', async () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFASN1\n\n'), Buffer.from([0xff]), Buffer.from('\n')]);
    const items = await collect(readLines(chunked(bytes, 4), { firstLine: 41 }));
    expect(items.map((i) => [i.line, i.raw, i.before])).toEqual([[41, '\uFEFFASN1', undefined], [43, '\uFFFD', undefined]]);
    expect(isRecordError(items[1]!) && items[1].error.message).toBe('invalid UTF-8 at line 43, column 1');
  });

  it('reports invalid UTF-8 on its line and goes on', async () => {
    const bytes = Buffer.concat([Buffer.from('ASN1\nab'), Buffer.from([0xc3, 0x28]), Buffer.from('\nASN3\n')]);
    const items = await collect(readLines(chunked(bytes, 3)));
    expect(items).toHaveLength(3);
    const bad = items[1]!;
    expect(isRecordError(bad) && bad.error).toEqual({ message: 'invalid UTF-8 at line 2, column 3', line: 2, column: 3 });
    expect(Buffer.from(bad.rawBytes!)).toEqual(Buffer.concat([Buffer.from('ab'), Buffer.from([0xc3, 0x28])]));
    expect(items[2]!.line).toBe(3);
  });

  it('reports an overlong line as lost, keeps its bytes for writers and goes on', async () => {
    const items = await collect(readLines(chunked(`${'9'.repeat(100)}\r\nASN1\n`, 7), { maxLineBytes: 50 }));
    const [long] = items;
    expect(isRecordError(long!) && long.error).toEqual({ message: 'line 1 is 100 bytes long, over the limit; it was not checked', line: 1 });
    expect(isRecordError(long!) && long.lost).toBe(true);
    expect(Buffer.from(long!.rawBytes!).toString()).toBe('9'.repeat(100));
    expect([long!.raw, long!.after]).toEqual(['', '\r\n']);
    expect(items[1]).toMatchObject({ line: 2, raw: 'ASN1' });
  });

  it('keeps a BOM apart from the bytes of an overlong first line', async () => {
    const [long] = await collect(readLines(chunked(`\uFEFF${'9'.repeat(100)}\n`, 7), { maxLineBytes: 50 }));
    expect(long!.before).toBe('\uFEFF');
    expect(Buffer.from(long!.rawBytes!).toString()).toBe('9'.repeat(100));
  });

  it('keeps no bytes of a line over the keeping limit', async () => {
    const [long] = await collect(readLines(chunked(`${'9'.repeat(100)}\n`, 7), { maxLineBytes: 50, maxKeptLineBytes: 80 }));
    expect(isRecordError(long!) && long.error.message).toBe('line 1 is 100 bytes long, over the limit; it was skipped and not kept');
    expect(long!.rawBytes).toBeUndefined();
  });

  it('yields nothing for an empty or blank input', async () => {
    expect(await collect(readLines(chunked('', 1)))).toEqual([]);
    expect(await collect(readLines(chunked('\n \n', 1)))).toEqual([]);
  });

  it('skips comment lines (# and a space, //) and keeps them for writers; a hashtag is a value; comments: false reads them', async () => {
    const input = '# IOCs for campaign X, 2024\n#Emotet\n  // from the appendix\n#\ttabbed\nASN1\n//\n';
    const items = (await collect(readLines(chunked(input, 4)))) as InputRecord[];
    expect(items.map((i) => [i.line, i.raw, i.before, i.after])).toEqual([
      [2, '#Emotet', '# IOCs for campaign X, 2024\n', '\n  // from the appendix\n#\ttabbed\n'],
      [5, 'ASN1', undefined, '\n//\n'],
    ]);
    const all = (await collect(readLines(chunked(input, 4), { comments: false }))) as InputRecord[];
    expect(all.map((i) => i.raw)).toEqual(['# IOCs for campaign X, 2024', '#Emotet', '  // from the appendix', '#\ttabbed', 'ASN1', '//']);
  });
});
