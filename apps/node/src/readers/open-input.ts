import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** Bytes to sniff for format detection. */
export const SNIFF_BYTES = 4096;

/**
 * Reads the first bytes of a stream for sniffing and gives back a stream
 * that still starts at the beginning.
 */
export async function peek(source: AsyncIterable<Uint8Array | string>, want = SNIFF_BYTES): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < want) {
    const step = await iterator.next();
    if (step.done) {
      done = true;
      break;
    }
    const chunk = typeof step.value === 'string' ? Buffer.from(step.value) : step.value;
    seen.push(chunk);
    length += chunk.length;
  }
  const stream = (async function* () {
    try {
      yield* seen;
      if (done) return;
      for (;;) {
        const step = await iterator.next();
        if (step.done) return;
        yield typeof step.value === 'string' ? Buffer.from(step.value) : step.value;
      }
    } finally {
      // stopping early closes the underlying file
      if (!done) await iterator.return?.();
    }
  })();
  return { head: Buffer.concat(seen).subarray(0, want), stream };
}

/** A file as a byte stream, read in chunks. */
export function fileStream(path: string): Readable {
  return createReadStream(path, { highWaterMark: 64 * 1024 });
}
