import { clip } from './text.js';
import { fromBase64, toBase64 } from './base64.js';
import { fromHex } from './hex.js';
import { describeSurroundingWhitespace } from './whitespace.js';

/** A departure from `TC <accessId>:<base64 signature>` that can be read past. */
export type FormMistake =
  | { id: 'bytesWrapper' }
  | { id: 'missingScheme' }
  | { id: 'schemeCase'; scheme: string }
  | { id: 'accessIdWhitespace'; whitespace: string }
  | { id: 'signatureWhitespace'; whitespace: string }
  | { id: 'hexDigest' }
  | { id: 'base64OfHex' }
  | { id: 'base64Url' }
  | { id: 'missingPadding' };

export interface ParsedAuthorization {
  /** The access id, without surrounding whitespace, when one can be read. */
  accessId?: string;
  /** The signature as written, after unwrapping and trimming (may be empty). */
  signature: string;
  /** The digest bytes the signature stands for, when it decodes. */
  digest?: Uint8Array;
  mistakes: FormMistake[];
  /** Why the header cannot be read as `TC <accessId>:<signature>` (completes "the header ..."). */
  problem?: string;
}

/**
 * Reads an HMAC Authorization header leniently, noting each way it departs
 * from `TC <accessId>:<base64(HMAC-SHA256)>`. A linear scan; never throws.
 */
export function parseAuthorization(header: string): ParsedAuthorization {
  const mistakes: FormMistake[] = [];
  const result: ParsedAuthorization = { signature: '', mistakes };
  let value = header.trim();
  const unwrapped = unwrapBytesLiteral(value);
  if (unwrapped !== undefined) {
    mistakes.push({ id: 'bytesWrapper' });
    value = unwrapped.trim();
  }

  let credentials: string;
  const space = firstWhitespace(value);
  const firstToken = space < 0 ? value : value.slice(0, space);
  if (firstToken === 'TC' || isWord(firstToken, 'tc')) {
    if (firstToken !== 'TC') mistakes.push({ id: 'schemeCase', scheme: firstToken });
    credentials = value.slice(firstToken.length);
  } else if (space < 0 && firstToken.includes(':')) {
    mistakes.push({ id: 'missingScheme' });
    credentials = value;
  } else if (isWord(firstToken, 'tc-token')) {
    return { ...result, problem: 'uses the TC-Token scheme (API token authentication), not the TC scheme of HMAC signing' };
  } else {
    return { ...result, problem: firstToken ? `starts with "${clip(firstToken, 40)}" instead of the "TC" scheme` : 'is empty' };
  }

  const colon = credentials.indexOf(':');
  if (colon < 0) return { ...result, problem: 'has no ":" between the access id and the signature' };
  // One space separates the scheme from the access id; any other whitespace there belongs to the access id.
  const rawAccessId = mistakes.some((m) => m.id === 'missingScheme') ? credentials.slice(0, colon) : credentials.slice(0, colon).replace(/^ /, '');
  const accessId = rawAccessId.trim();
  if (!accessId) return { ...result, problem: 'has no access id before the ":"' };
  if (firstWhitespace(accessId) >= 0) return { ...result, problem: `has whitespace inside the access id "${clip(accessId, 40)}"` };
  if (accessId !== rawAccessId) mistakes.push({ id: 'accessIdWhitespace', whitespace: describeSurroundingWhitespace(rawAccessId) });
  result.accessId = accessId;

  let signature = credentials.slice(colon + 1);
  const whitespace: string[] = [];
  if (signature.trim() !== signature) whitespace.push(describeSurroundingWhitespace(signature));
  signature = signature.trim();
  const inner = unwrapBytesLiteral(signature);
  if (inner !== undefined) {
    if (unwrapped === undefined) mistakes.push({ id: 'bytesWrapper' });
    signature = inner;
  }
  // base64.encodebytes() ends with a newline, which str(b'...') shows as the two characters \n.
  if (signature.endsWith('\\n')) {
    whitespace.push('a trailing escaped newline ("\\n")');
    signature = signature.slice(0, -2);
  }
  if (signature.trim() !== signature) {
    whitespace.push(describeSurroundingWhitespace(signature));
    signature = signature.trim();
  }
  if (whitespace.length) mistakes.push({ id: 'signatureWhitespace', whitespace: whitespace.join(' and ') });
  result.signature = signature;
  if (!signature) return { ...result, problem: 'has no signature after the ":"' };

  const hex = signature.length === 64 ? fromHex(signature) : undefined;
  if (hex) {
    mistakes.push({ id: 'hexDigest' });
    result.digest = hex;
    return result;
  }
  const decoded = fromBase64(signature);
  if (!decoded) return { ...result, problem: `has a signature that is neither base64 nor hex ("${clip(signature, 60)}")` };
  if (decoded.urlSafe) mistakes.push({ id: 'base64Url' });
  if (decoded.unpadded) mistakes.push({ id: 'missingPadding' });
  const ofHex = decoded.bytes.length === 64 ? fromHex(latin1(decoded.bytes)) : undefined;
  if (ofHex) {
    mistakes.push({ id: 'base64OfHex' });
    result.digest = ofHex;
  } else result.digest = decoded.bytes;
  return result;
}

/** `TC <accessId>:<base64 digest>`. */
export function formatAuthorization(accessId: string, digest: Uint8Array): string {
  return `TC ${accessId}:${toBase64(digest)}`;
}

/** The inside of a Python bytes literal `b'...'` / `b"..."`, or undefined. */
function unwrapBytesLiteral(text: string): string | undefined {
  if (text.length < 3 || (text[0] !== 'b' && text[0] !== 'B')) return undefined;
  const quote = text[1];
  if ((quote !== "'" && quote !== '"') || text[text.length - 1] !== quote) return undefined;
  return text.slice(2, -1);
}

/** Whether `token` is `word` (given in lower case) in any letter case; a long token is not lower-cased only to find it is not. */
function isWord(token: string, word: string): boolean {
  return token.length <= 2 * word.length && token.toLowerCase() === word;
}

/** What `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator): one regex scan, no string per character. */
const WHITESPACE = /\s/;

function firstWhitespace(text: string): number {
  return WHITESPACE.exec(text)?.index ?? -1;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

