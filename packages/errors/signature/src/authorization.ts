import { base64 } from '@scure/base';
import { preview } from '@tclint/core';
import { parseAuthorization as splitAuthorization, readSignature, textOf, type SignatureWrapper } from '@tclint/tc-auth';
import { describeSurroundingWhitespace } from './whitespace.js';

/** A departure from `TC <accessId>:<base64 signature>` that can be read past. */
export type FormMistake =
  | { id: 'bytesWrapper' }
  | { id: 'quotedSignature' }
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
  /** How many bytes the signature stands for, when it is base64 or hex (a long one is measured, not decoded). */
  byteLength?: number;
  mistakes: FormMistake[];
  /** Why the header cannot be read as `TC <accessId>:<signature>` (completes "the header ..."). */
  problem?: string;
}

const WHITESPACE = /\s/;

/**
 * Reads an HMAC Authorization header leniently (through @tclint/tc-auth),
 * noting each way it departs from `TC <accessId>:<base64(HMAC-SHA256)>`.
 */
export function parseAuthorization(header: string): ParsedAuthorization {
  const mistakes: FormMistake[] = [];
  const result: ParsedAuthorization = { signature: '', mistakes };
  const parts = splitAuthorization(header);
  if (parts.bytesLiteral) mistakes.push({ id: 'bytesWrapper' });
  const credentials = textOf(parts, parts.credentials);
  if (parts.scheme === 'hmac') {
    const scheme = textOf(parts, parts.schemeWord);
    if (scheme !== 'TC') mistakes.push({ id: 'schemeCase', scheme });
  } else if (parts.scheme === 'unnamed' && parts.colons > 0) {
    mistakes.push({ id: 'missingScheme' });
  } else if (parts.scheme === 'token') {
    return { ...result, problem: 'uses the TC-Token scheme (API token authentication), not the TC scheme of HMAC signing' };
  } else {
    const word = parts.schemeWord ? textOf(parts, parts.schemeWord) : credentials;
    return { ...result, problem: word ? `starts with ${preview(word, 40)} instead of the "TC" scheme` : 'is empty' };
  }

  if (!parts.accessId || !parts.signature) return { ...result, problem: 'has no ":" between the access id and the signature' };
  // One space separates the scheme from the access id; any other whitespace there belongs to the access id.
  const gap = textOf(parts, parts.gap).replace(/^ /, '');
  const rawAccessId = gap + textOf(parts, parts.accessId);
  const accessId = rawAccessId.trim();
  if (!accessId) return { ...result, problem: 'has no access id before the ":"' };
  if (WHITESPACE.test(accessId)) return { ...result, problem: `has whitespace inside the access id ${preview(accessId, 40)}` };
  if (accessId !== rawAccessId) mistakes.push({ id: 'accessIdWhitespace', whitespace: describeSurroundingWhitespace(rawAccessId) });
  result.accessId = accessId;

  const reading = readSignature(textOf(parts, parts.signature));
  const whitespace: string[] = [];
  for (const wrapper of reading.wrappers) {
    if (wrapper.kind === 'bytesLiteral' && !parts.bytesLiteral) mistakes.push({ id: 'bytesWrapper' });
    else if (wrapper.kind === 'quotes') mistakes.push({ id: 'quotedSignature' });
    else if (wrapper.kind === 'escapedNewline') whitespace.push('a trailing escaped newline ("\\n")');
    else if (wrapper.kind === 'whitespace') whitespace.push(describeWhitespace(wrapper));
  }
  if (whitespace.length) mistakes.push({ id: 'signatureWhitespace', whitespace: whitespace.join(' and ') });
  result.signature = reading.text;
  if (!reading.text) return { ...result, problem: 'has no signature after the ":"' };
  if (reading.encoding === undefined) return { ...result, problem: `has a signature that is neither base64 nor hex (${preview(reading.text, 60)})` };
  if (reading.encoding === 'hex') mistakes.push({ id: 'hexDigest' });
  if (reading.urlSafe) mistakes.push({ id: 'base64Url' });
  if (!reading.padded) mistakes.push({ id: 'missingPadding' });
  if (reading.encoding === 'base64OfHex') mistakes.push({ id: 'base64OfHex' });
  if (reading.digest) result.digest = reading.digest;
  if (reading.byteLength !== undefined) result.byteLength = reading.byteLength;
  return result;
}

function describeWhitespace(wrapper: Extract<SignatureWrapper, { kind: 'whitespace' }>): string {
  return describeSurroundingWhitespace(`${wrapper.leading}x${wrapper.trailing}`);
}

/** `TC <accessId>:<base64 digest>`. */
export function formatAuthorization(accessId: string, digest: Uint8Array): string {
  return `TC ${accessId}:${base64.encode(digest)}`;
}
