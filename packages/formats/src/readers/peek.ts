import { bytesOf, concatBytes } from '../text/bytes.js';

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
    const chunk = bytesOf(step.value);
    seen.push(chunk);
    length += chunk.length;
  }
  let started = false;
  const stream = (async function* () {
    started = true;
    try {
      yield* seen;
      if (done) return;
      for (;;) {
        const step = await iterator.next();
        if (step.done) return;
        yield bytesOf(step.value);
      }
    } finally {
      // stopping early closes the underlying file
      if (!done) await iterator.return?.();
    }
  })();
  // a stream given up before it was read (an input of the wrong kind) closes the underlying file too
  const finish = stream.return.bind(stream);
  stream.return = async (value) => {
    if (!started && !done) await iterator.return?.();
    return finish(value);
  };
  return { head: concatBytes(seen).subarray(0, want), stream };
}

/** Closes a stream that will not be read (a file would stay open otherwise). */
export async function closeStream(stream: AsyncIterable<unknown>): Promise<void> {
  await stream[Symbol.asyncIterator]().return?.();
}
