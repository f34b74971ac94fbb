import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../testing/temp.js';
import { splitLines } from './split-lines.js';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('splitLines', () => {
  it('splits on LF and reports CRLF, whatever the chunk size', async () => {
    const input = 'a\r\nbb\n\nccc\r\nlast';
    for (const size of [1, 2, 3, 5, 100]) {
      const lines = await collect(splitLines(chunked(input, size)));
      expect(lines.map((l) => [l.line, text(l.bytes), l.eol])).toEqual([
        [1, 'a', '\r\n'],
        [2, 'bb', '\n'],
        [3, '', '\n'],
        [4, 'ccc', '\r\n'],
        [5, 'last', ''],
      ]);
    }
  });

  it('gives no extra line after a final newline', async () => {
    const lines = await collect(splitLines(chunked('x\n', 1)));
    expect(lines).toHaveLength(1);
  });

  it('keeps a lone CR inside a line', async () => {
    const lines = await collect(splitLines(chunked('a\rb\n', 1)));
    expect(text(lines[0]!.bytes)).toBe('a\rb');
  });

  it('skips a line over the limit without buffering it and goes on', async () => {
    const long = 'x'.repeat(5000);
    const lines = await collect(splitLines(chunked(`ok\n${long}\r\nafter\n`, 64), { maxLineBytes: 1000 }));
    expect(lines.map((l) => [l.line, text(l.bytes), l.tooLong?.length])).toEqual([
      [1, 'ok', undefined],
      [2, '', 5000],
      [3, 'after', undefined],
    ]);
  });

  it('accepts a line of exactly the limit, with or without CR', async () => {
    const lines = await collect(splitLines(chunked(`${'y'.repeat(10)}\r\n${'z'.repeat(10)}`, 3), { maxLineBytes: 10 }));
    expect(lines.map((l) => l.tooLong)).toEqual([undefined, undefined]);
    const over = await collect(splitLines(chunked('y'.repeat(11), 3), { maxLineBytes: 10 }));
    expect(over[0]!.tooLong).toEqual({ length: 11 });
  });

  it('streams a large input in constant memory', async () => {
    const line = 'ASN12345\n';
    const count = 200_000;
    async function* source() {
      const block = Buffer.from(line.repeat(1000));
      for (let i = 0; i < count / 1000; i++) yield block;
    }
    let n = 0;
    for await (const l of splitLines(source())) if (l.bytes.length === 8) n++;
    expect(n).toBe(count);
  });
});
