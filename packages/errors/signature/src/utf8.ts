interface Encoder {
  encode(text: string): Uint8Array;
}

/** The platform's `TextEncoder`, where there is one (browsers, Node, Deno, Bun), found without DOM or Node types. */
const NativeEncoder = (globalThis as unknown as { TextEncoder?: new () => Encoder }).TextEncoder;
const nativeEncoder: Encoder | undefined = NativeEncoder ? new NativeEncoder() : undefined;
/** Texts from this length on go to the native encoder: a long method, URL or key costs a loop per character otherwise. */
const NATIVE_FROM = 1024;

/**
 * UTF-8 bytes of a string, as `TextEncoder` gives them (a lone surrogate
 * becomes U+FFFD). Hand-written so the package needs no DOM or Node types;
 * long texts use the platform's `TextEncoder` when there is one.
 */
export function utf8Encode(text: string): Uint8Array {
  if (text.length >= NATIVE_FROM && nativeEncoder) return nativeEncoder.encode(text);
  const ascii = asciiBytes(text);
  if (ascii) return ascii;
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 0x3f);
        out[n++] = 0x80 | ((c >> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
    out[n++] = 0x80 | (c & 0x3f);
  }
  return out.subarray(0, n);
}

/** The bytes of an all-ASCII text (the usual case), or undefined. */
function asciiBytes(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    out[i] = c;
  }
  return out;
}
