import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './test-harness.js';
import { run, type CliIO } from './index.js';

function memoryIO(input: string, env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io: CliIO = { stdin: Readable.from([input]), stdout, stderr, env, cwd: FIXTURES };
  return { io, out: () => out, err: () => err };
}

describe('run(argv, io): the programmatic entry', () => {
  it('runs a command on the given streams and resolves to the exit code', async () => {
    const { io, out, err } = memoryIO('AS 1\nASN2\n');
    expect(await run(['fix', '--type', 'asn', '-'], io)).toBe(0);
    expect(out()).toBe('ASN1\nASN2\n');
    expect(err()).toBe('');
  });

  it('resolves relative paths and finds config from io.cwd', async () => {
    const { io, out } = memoryIO('');
    expect(await run(['check', '--type', 'asn', '--format', 'json', 'asn.txt'], io)).toBe(1);
    expect((JSON.parse(out()) as unknown[]).length).toBe(4);
  });

  it('turns usage errors into exit code 2 with a message, never a rejection', async () => {
    const { io, err } = memoryIO('');
    await expect(run(['check', '--nope'], io)).resolves.toBe(2);
    expect(err()).toBe('tclint: Unknown option \'--nope\'\nRun "tclint check --help" for usage.\n');
  });
});
