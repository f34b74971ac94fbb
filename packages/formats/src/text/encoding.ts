// Hand-written UTF-16 output: TextEncoder writes only UTF-8, and a string's code units are UTF-16 already.
import { bytesOf } from './bytes.js';

/** The encodings tclint reads besides UTF-8: a Windows `.reg` export is UTF-16LE with a BOM. */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** How an input is encoded: UTF-8 (the default), or UTF-16 (with or without a byte order mark). */
export type InputEncoding = { encoding: 'utf-8' } | { encoding: Utf16Encoding; bom: boolean };

/** Bytes looked at for NULs when there is no BOM. */
const SNIFF_UTF16_BYTES = 1024;

/**
 * The encoding of an input from its first bytes: a UTF-16 byte order mark
 * (FF FE little-endian, FE FF big-endian), or, without one, a NUL in every
 * other byte of the first KiB (ASCII text written as UTF-16, where UTF-8 text
 * has no NUL at all); UTF-8 otherwise.
 */
export function sniffEncoding(head: Uint8Array): InputEncoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe && !(head.length >= 4 && head[2] === 0 && head[3] === 0)) return { encoding: 'utf-16le', bom: true };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const pairs = Math.floor(Math.min(head.length, SNIFF_UTF16_BYTES) / 2);
  if (pairs < 2) return { encoding: 'utf-8' };
  let nulFirst = 0;
  let nulSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) nulFirst++;
    if (head[2 * i + 1] === 0) nulSecond++;
  }
  // nearly every unit has its NUL on the same side, and nearly none on the other
  const most = pairs * 0.9;
  const few = pairs * 0.1;
  if (nulSecond >= most && nulFirst <= few) return { encoding: 'utf-16le', bom: false };
  if (nulFirst >= most && nulSecond <= few) return { encoding: 'utf-16be', bom: false };
  return { encoding: 'utf-8' };
}

/** The name of an encoding as messages write it. */
export function encodingName(encoding: Utf16Encoding): string {
  return encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
}

/**
 * A UTF-16 input that cannot be read (an unpaired surrogate, an odd number of
 * bytes). `code` lets adapters report it like a file that cannot be read.
 */
export class InputEncodingError extends Error {
  override readonly name = 'InputEncodingError';
  readonly code = 'ERR_TCLINT_INPUT_ENCODING';

  constructor(
    readonly encoding: Utf16Encoding,
    readonly byte: number,
  ) {
    super(`the input is ${encodingName(encoding)} text, and it is not valid ${encodingName(encoding)} at byte ${byte} (an unpaired surrogate, or a last character cut in half); it cannot be read. Convert it to UTF-8 (e.g. iconv -f ${encodingName(encoding)} -t UTF-8).`);
  }
}

/**
 * The text of a UTF-16 byte stream as UTF-8 bytes, chunk by chunk, so every
 * reader reads it as it reads UTF-8. A BOM is kept (as the UTF-8 BOM), so
 * readers and writers keep it as they keep a UTF-8 one. Throws an
 * `InputEncodingError` where the bytes are not UTF-16.
 */
export async function* utf16AsUtf8(source: AsyncIterable<Uint8Array | string>, encoding: Utf16Encoding): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const encoder = new TextEncoder();
  let offset = 0;
  // the bytes of the chunk in hand that were carried over from the last one (half a unit, a high surrogate)
  let carried: Uint8Array = new Uint8Array(0);
  for await (const input of source) {
    const chunk = bytesOf(input);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new InputEncodingError(encoding, offset - carried.length + firstUnpaired(concat(carried, chunk), encoding));
    }
    const whole = carried.length + chunk.length;
    const keep = whole - text.length * 2;
    carried = keep > 0 ? concat(carried, chunk).subarray(whole - keep) : new Uint8Array(0);
    offset += chunk.length;
    if (text !== '') yield encoder.encode(text);
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield encoder.encode(rest);
  } catch {
    throw new InputEncodingError(encoding, offset - carried.length);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The byte offset of the first unit that is a surrogate without its pair (only called once decoding failed). */
function firstUnpaired(bytes: Uint8Array, encoding: Utf16Encoding): number {
  const unit = (i: number) => (encoding === 'utf-16le' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return bytes.length - (bytes.length % 2);
}

/**
 * Text written by a writer as UTF-8 bytes, encoded back as UTF-16 (a BOM the
 * input had comes through as text, so it is written back as the UTF-16 BOM).
 */
export function utf16Encoder(encoding: Utf16Encoding): { encode(utf8: Uint8Array): Uint8Array; flush(): Uint8Array } {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const toUtf16 = (text: string) => {
    const out = new Uint8Array(text.length * 2);
    const little = encoding === 'utf-16le';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[2 * i + (little ? 0 : 1)] = code & 0xff;
      out[2 * i + (little ? 1 : 0)] = code >> 8;
    }
    return out;
  };
  return {
    encode: (utf8) => toUtf16(decoder.decode(utf8, { stream: true })),
    flush: () => toUtf16(decoder.decode()),
  };
}
