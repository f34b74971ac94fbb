// Measured on 1 MB request targets: noble's utf8ToBytes allocates the UTF-8 twice (up to 3 MB of lone
// surrogates, each U+FFFD), and the allocations, not the encoding, made the check's CPU time swing under load.
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes, type Hash } from '@noble/hashes/utils';

/** UTF-16 code units encoded per piece: at most 3 bytes each. */
const PIECE = 1 << 14;

/**
 * Feeds the UTF-8 of `text` to `hash` piece by piece, through one small
 * buffer, with the bytes `TextEncoder` would give for the whole text (a lone
 * surrogate becomes U+FFFD; a pair is never cut between two pieces).
 */
export function updateWithText<T extends Hash<T>>(hash: T, text: string): T {
  const encoder = new TextEncoder();
  if (text.length <= PIECE) return hash.update(encoder.encode(text));
  const bytes = new Uint8Array(PIECE * 3);
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const { written } = encoder.encodeInto(text.slice(start, end), bytes);
    hash.update(bytes.subarray(0, written));
    start = end;
  }
  return hash;
}

/** A SHA-256 block: HMAC hashes a longer key first (RFC 2104). */
const BLOCK = 64;

/** HMAC-SHA256 keyed with the UTF-8 of `key` (a 1 MB key is hashed piece by piece too). */
export function hmacSha256With(key: string): ReturnType<typeof hmac.create> {
  // a key of more than 64 code units has more than 64 bytes of UTF-8
  return hmac.create(sha256, key.length > BLOCK ? updateWithText(sha256.create(), key).digest() : utf8ToBytes(key));
}
