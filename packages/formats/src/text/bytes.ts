const encoder = new TextEncoder();

/** A chunk of input as bytes (text chunks are UTF-8 encoded). */
export function bytesOf(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

/** The chunks joined into one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Base64 text decoded as UTF-8, as leniently as HAR producers need (and as
 * Node's Buffer reads it): the URL-safe alphabet too, other characters
 * skipped, the text ended by the first `=`.
 */
export function base64Text(encoded: string): string {
  let clean = encoded.split('=', 1)[0]!.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, '');
  // a single character left over holds no whole byte
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}
