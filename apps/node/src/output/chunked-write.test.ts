import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lintInput } from '../input/lint-input.js';
import { createLinter } from '@tclint/preset';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { collect, tempDir } from '../testing/temp.js';
import { WRITE_CHUNK } from '@tclint/formats';

const linter = createLinter({ plugins: TEST_PLUGINS });

// enough records that the output spans several chunks, with an invalid UTF-8 line (written as bytes) in the middle
function bigInput(records: number) {
  const parts: Buffer[] = [];
  const expected: Buffer[] = [];
  for (let i = 0; i < records; i++) {
    if (i === Math.floor(records / 2)) {
      parts.push(Buffer.from([0x41, 0xff, 0x42, 0x0a]));
      expected.push(Buffer.from([0x41, 0xff, 0x42, 0x0a]));
    }
    const eol = i % 3 === 0 ? '\r\n' : '\n';
    parts.push(Buffer.from(`AS ${i}${eol}${i % 7 === 0 ? '\n' : ''}`));
    expected.push(Buffer.from(`ASN${i}${eol}${i % 7 === 0 ? '\n' : ''}`));
  }
  return { input: Buffer.concat(parts), expected: Buffer.concat(expected) };
}

describe('chunked writing', () => {
  const { input, expected } = bigInput(40_000);

  it('the test input spans several chunks', () => {
    expect(expected.length).toBeGreaterThan(3 * WRITE_CHUNK);
  });

  it('a file gets every record, in order, byte for byte', async () => {
    const t = tempDir({ 'big.txt': input });
    await collect(lintInput(linter, t.path('big.txt'), { type: 'ASN', output: 'in-place' }));
    expect(readFileSync(t.path('big.txt')).equals(expected)).toBe(true);
  });

  it('a stream gets every record, in order, byte for byte, in fewer writes than records', async () => {
    const t = tempDir({ 'big.txt': input });
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    await collect(lintInput(linter, t.path('big.txt'), { type: 'ASN', output: { stream } }));
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
    expect(chunks.length).toBeLessThan(100);
  });

  it('a stream keeps what was written before the consumer stopped', async () => {
    const t = tempDir({ 'big.txt': input });
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    let seen = 0;
    for await (const report of lintInput(linter, t.path('big.txt'), { type: 'ASN', output: { stream } })) {
      expect(report.errorCount).toBe(0);
      if (++seen === 10) break;
    }
    expect(Buffer.concat(chunks).toString()).toBe('ASN0\r\n\nASN1\nASN2\nASN3\r\nASN4\nASN5\nASN6\r\nASN7\n\nASN8\nASN9\r\n');
  });
});
