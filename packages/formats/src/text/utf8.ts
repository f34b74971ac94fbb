// Hand-written: a fatal TextDecoder says that bytes are not UTF-8 but not where; messages give the line and column.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Decoded = { text: string } | { invalidAt: { byte: number; column: number } };

/** Decodes one line strictly; on invalid UTF-8 tells where (byte offset and 1-based character column). */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const byte = firstInvalidByte(bytes);
    const column = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byte)).length + 1;
    return { invalidAt: { byte, column } };
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

export const BOM = '\uFEFF';

/** Whether bytes start with the UTF-8 byte order mark. */
export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
