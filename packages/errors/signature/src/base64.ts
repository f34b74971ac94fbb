const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648 §4) with padding. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + '=';
  }
  return out;
}

/** What a base64 text decodes to, and how it departs from the standard form. */
export interface DecodedBase64 {
  bytes: Uint8Array;
  /** Uses the URL-safe alphabet (`-` and `_`). */
  urlSafe: boolean;
  /** The `=` padding is missing. */
  unpadded: boolean;
}

/**
 * Decodes standard or URL-safe base64, with or without padding. Returns
 * undefined for anything else (other characters, impossible lengths, bits
 * left over in the last character).
 */
export function fromBase64(text: string): DecodedBase64 | undefined {
  let end = text.length;
  let padding = 0;
  while (end > 0 && text[end - 1] === '=' && padding < 2) {
    end--;
    padding++;
  }
  const rem = end % 4;
  if (end === 0 || rem === 1) return undefined;
  if (padding > 0 && (end + padding) % 4 !== 0) return undefined;
  let urlSafe = false;
  let standard = false;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    let v: number;
    if (c >= 65 && c <= 90) v = c - 65;
    else if (c >= 97 && c <= 122) v = c - 71;
    else if (c >= 48 && c <= 57) v = c + 4;
    else if (c === 43 || c === 47) {
      v = c === 43 ? 62 : 63;
      standard = true;
    } else if (c === 45 || c === 95) {
      v = c === 45 ? 62 : 63;
      urlSafe = true;
    } else return undefined;
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[n++] = (bits >> count) & 0xff;
    }
    bits &= 0xff;
  }
  if (urlSafe && standard) return undefined;
  if ((bits & ((1 << count) - 1)) !== 0) return undefined;
  return { bytes: out.subarray(0, n), urlSafe, unpadded: rem !== 0 && padding === 0 };
}
