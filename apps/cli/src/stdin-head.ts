import type { CliIO } from './io.js';
import { STDIN } from './lint-source.js';

/**
 * For a run of one `--type` that reads standard input: its first chunk (to
 * tell whether it is plain lines, which only that type's packages need) and
 * the I/O with a standard input that still yields that chunk. Nothing is read
 * from a terminal, nor when the run needs every package anyway.
 */
export async function peekStdin(io: CliIO, files: readonly string[], type: string | undefined): Promise<{ io: CliIO; head?: Uint8Array }> {
  if (type === undefined || !files.includes(STDIN) || (io.stdin as { isTTY?: boolean }).isTTY === true) return { io };
  const chunks = (io.stdin as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return { io: { ...io, stdin: (async function* () {})() } };
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  const stdin = (async function* () {
    yield first.value;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  })();
  return { io: { ...io, stdin }, head };
}
