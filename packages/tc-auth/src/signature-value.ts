import { base64nopad, base64urlnopad, hex } from '@scure/base';
import { bytesLiteralInside } from './authorization.js';

/** How a signature's digest is written: ThreatConnect expects `base64` (standard alphabet, padded) of the raw 32-byte HMAC-SHA256. */
export type SignatureEncoding = 'base64' | 'hex' | 'base64OfHex';

/** Something around a signature that was read past, to reach the signature itself. */
export type SignatureWrapper =
  | { readonly kind: 'whitespace'; readonly leading: string; readonly trailing: string }
  /** A Python 3 bytes value formatted into the header: `b'…'`. */
  | { readonly kind: 'bytesLiteral' }
  | { readonly kind: 'quotes' }
  /** `\n` as two characters: `str()` of the bytes `base64.encodebytes()` returns. */
  | { readonly kind: 'escapedNewline' };

export interface SignatureReading {
  /** The signature without the wrappers and whitespace read past. */
  readonly text: string;
  /** What was read past, outermost first. */
  readonly wrappers: readonly SignatureWrapper[];
  /** How the digest is written; undefined when the text is neither base64 nor hex. */
  readonly encoding?: SignatureEncoding;
  /** Base64: whether it uses the URL-safe alphabet (`-`, `_`). */
  readonly urlSafe: boolean;
  /** Base64: whether the `=` padding is there (or none is needed). */
  readonly padded: boolean;
  /** How many bytes the text stands for (32 for an HMAC-SHA256). */
  readonly byteLength?: number;
  /** The bytes, when the text decodes and is short enough to be a digest of some hash. */
  readonly digest?: Uint8Array;
}

/** Longest base64 text decoded: a SHA-512 digest is 88 characters; a longer text is measured, not decoded. */
const MAX_DECODED = 4 * 64;

/**
 * Reads the signature part of `TC <accessId>:<signature>`: reads past
 * whitespace, a bytes literal or quotes, and an escaped newline, then decodes
 * standard or URL-safe base64 (padded or not), hex, or the base64 of a hex
 * digest. Never throws.
 */
export function readSignature(raw: string): SignatureReading {
  const wrappers: SignatureWrapper[] = [];
  let text = unpad(raw, wrappers);
  const bytes = bytesLiteralInside(text, { start: 0, end: text.length });
  const quoted = bytes ? undefined : quotesInside(text);
  if (bytes) wrappers.push({ kind: 'bytesLiteral' });
  else if (quoted) wrappers.push({ kind: 'quotes' });
  const inside = bytes ?? quoted;
  if (inside) text = text.slice(inside.start, inside.end);
  if (text.endsWith('\\n')) {
    wrappers.push({ kind: 'escapedNewline' });
    text = text.slice(0, -2);
  }
  text = unpad(text, wrappers);
  return { text, wrappers, ...decode(text) };
}

const UNREADABLE = { urlSafe: false, padded: false } as const;

function decode(text: string): Pick<SignatureReading, 'encoding' | 'urlSafe' | 'padded' | 'byteLength' | 'digest'> {
  if (text.length === 64 && HEX.test(text)) return { encoding: 'hex', urlSafe: false, padded: true, byteLength: 32, digest: hex.decode(text.toLowerCase()) };
  const urlSafe = !STANDARD.test(text);
  if (text === '' || (urlSafe && !URL_SAFE.test(text))) return UNREADABLE;
  const body = text.replace(/=+$/, '');
  const padding = text.length - body.length;
  if (body.length % 4 === 1 || (padding > 0 && text.length % 4 !== 0)) return UNREADABLE;
  const padded = padding > 0 || body.length % 4 === 0;
  const byteLength = Math.floor((body.length * 3) / 4);
  if (body.length > MAX_DECODED) return { encoding: 'base64', urlSafe, padded, byteLength };
  let bytes: Uint8Array;
  try {
    bytes = (urlSafe ? base64urlnopad : base64nopad).decode(body);
  } catch {
    // bits left over in the last character: not what any encoder writes
    return UNREADABLE;
  }
  const asHex = bytes.length === 64 ? String.fromCharCode(...bytes) : '';
  if (HEX.test(asHex)) return { encoding: 'base64OfHex', urlSafe, padded, byteLength: 32, digest: hex.decode(asHex.toLowerCase()) };
  return { encoding: 'base64', urlSafe, padded, byteLength, digest: bytes };
}

const HEX = /^[0-9a-fA-F]+$/;
const STANDARD = /^[A-Za-z0-9+/]*={0,2}$/;
const URL_SAFE = /^[A-Za-z0-9_-]*={0,2}$/;

/** The text without surrounding whitespace, noting what was removed. */
function unpad(text: string, wrappers: SignatureWrapper[]): string {
  const trimmed = text.trim();
  if (trimmed === text) return text;
  const leading = text.slice(0, text.length - text.trimStart().length);
  const trailing = trimmed === '' ? '' : text.slice(text.trimEnd().length);
  wrappers.push({ kind: 'whitespace', leading, trailing });
  return trimmed;
}

function quotesInside(text: string): { start: number; end: number } | undefined {
  const quote = text[0];
  if (text.length < 2 || (quote !== "'" && quote !== '"') || text[text.length - 1] !== quote) return undefined;
  return { start: 1, end: text.length - 1 };
}
