/** Reads are handed to the formats in slices of this size, as a file stream would give them. */
export const CHUNK_BYTES = 64 * 1024;

/** The bytes in slices, telling `onRead` how many were handed over so far (for the progress bar). */
export async function* chunksOf(bytes: Uint8Array, onRead: (read: number) => void): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const end = Math.min(start + CHUNK_BYTES, bytes.length);
    yield bytes.subarray(start, end);
    onRead(end);
  }
}

/** Concatenates the parts a sink was given. */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
