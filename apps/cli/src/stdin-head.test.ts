import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { peekStdin } from './stdin-head.js';

const ioWith = (stdin: CliIO['stdin']) => ({ stdin, stdout: process.stdout, stderr: process.stderr, env: {}, cwd: '.' }) as CliIO;

async function text(stdin: CliIO['stdin']): Promise<string> {
  let all = '';
  for await (const chunk of stdin as AsyncIterable<Uint8Array | string>) all += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return all;
}

describe('peekStdin', () => {
  it('gives the first chunk of standard input, and a standard input that still yields every byte', async () => {
    const peeked = await peekStdin(ioWith(Readable.from([Buffer.from('AS 1\n'), Buffer.from('AS 2\n')])), ['-'], 'asn');
    expect(Buffer.from(peeked.head!).toString()).toBe('AS 1\n');
    expect(await text(peeked.io.stdin)).toBe('AS 1\nAS 2\n');
  });

  it('reads nothing without --type, without "-" among the inputs, or from a terminal', async () => {
    for (const [files, type, tty] of [[['-'], undefined, false], [['a.txt'], 'asn', false], [['-'], 'asn', true]] as const) {
      const stdin = Object.assign(Readable.from([Buffer.from('AS 1\n')]), { isTTY: tty });
      const io = ioWith(stdin);
      const peeked = await peekStdin(io, files, type);
      expect(peeked.head).toBeUndefined();
      expect(peeked.io).toBe(io);
    }
  });

  it('an empty standard input has no head and yields nothing', async () => {
    const peeked = await peekStdin(ioWith(Readable.from([])), ['-'], 'asn');
    expect(peeked.head).toBeUndefined();
    expect(await text(peeked.io.stdin)).toBe('');
  });
});
