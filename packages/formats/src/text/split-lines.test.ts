import { describe, expect, it } from 'vitest';
import { cpuMs } from '@tclint/rule-tester';
import { chunked, collect } from '../testing/streams.js';
import { splitLines, type ByteLine } from './split-lines.js';

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

  it('keeps the bytes of a line over the limit (without its CRLF), marks it and goes on', async () => {
    const long = 'x'.repeat(5000);
    const lines = await collect(splitLines(chunked(`ok\n${long}\r\nafter\n`, 64), { maxLineBytes: 1000 }));
    expect(lines.map((l) => [l.line, text(l.bytes), l.eol, l.tooLong])).toEqual([
      [1, 'ok', '\n', undefined],
      [2, long, '\r\n', { length: 5000, kept: true }],
      [3, 'after', '\n', undefined],
    ]);
  });

  it('skips a line over the keeping limit too without buffering it, and goes on', async () => {
    const lines = await collect(splitLines(chunked(`ok\n${'x'.repeat(5000)}\r\n${'y'.repeat(1500)}\nafter`, 64), { maxLineBytes: 1000, maxKeptLineBytes: 2000 }));
    expect(lines.map((l) => [l.line, l.bytes.length, l.tooLong])).toEqual([
      [1, 2, undefined],
      [2, 0, { length: 5000, kept: false }],
      [3, 1500, { length: 1500, kept: true }],
      [4, 5, undefined],
    ]);
  });

  it('accepts a line of exactly the limit, with or without CR', async () => {
    const lines = await collect(splitLines(chunked(`${'y'.repeat(10)}\r\n${'z'.repeat(10)}`, 3), { maxLineBytes: 10 }));
    expect(lines.map((l) => l.tooLong)).toEqual([undefined, undefined]);
    const over = await collect(splitLines(chunked('y'.repeat(11), 3), { maxLineBytes: 10 }));
    expect(over[0]!.tooLong).toEqual({ length: 11, kept: true });
    // the keeping limit is exact too, CR or not
    const kept = await collect(splitLines(chunked(`${'k'.repeat(20)}\r\n${'k'.repeat(21)}\r\n${'k'.repeat(21)}`, 3), { maxLineBytes: 10, maxKeptLineBytes: 20 }));
    expect(kept.map((l) => [l.bytes.length, l.tooLong?.kept])).toEqual([
      [20, true],
      [0, false],
      [0, false],
    ]);
  });

  it('joins a long line once: 32 MiB in 64 KiB chunks in linear time', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x31);
    async function* source() {
      yield Buffer.from('AS 1\n');
      for (let i = 0; i < 512; i++) yield chunk;
      yield Buffer.from('\nAS 3\n');
    }
    let lines: ByteLine[] = [];
    // joining the pieces again for each new one would copy 8 GiB
    expect(await cpuMs(async () => (lines = await collect(splitLines(source()))))).toBeLessThan(2000);
    expect(lines.map((l) => [l.line, l.bytes.length, l.tooLong])).toEqual([
      [1, 4, undefined],
      [2, 32 * 1024 * 1024, { length: 32 * 1024 * 1024, kept: true }],
      [3, 4, undefined],
    ]);
    expect(Buffer.from(lines[1]!.bytes).equals(Buffer.alloc(32 * 1024 * 1024, 0x31))).toBe(true);
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
