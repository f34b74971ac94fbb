import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { base64 } from '@scure/base';
import { assertSendableUrl } from './request-line.js';
import { requestTarget } from './request-target.js';

export interface SignatureBaseInput {
  /** HTTP method; signed in uppercase. */
  method: string;
  /** Absolute URL or request path, already percent-encoded exactly as it is sent. */
  url: string;
  /** Unix time in whole seconds: the value of the Timestamp header. */
  timestamp: number | string;
}

export interface SignRequestInput extends Partial<Pick<SignatureBaseInput, 'timestamp'>> {
  method: string;
  url: string;
  accessId: string;
  secretKey: string;
}

/** The headers of an HMAC-signed ThreatConnect request. */
export interface SignedHeaders {
  Timestamp: string;
  Authorization: string;
}

/** Largest accepted timestamp: a 13-digit value is milliseconds, which ThreatConnect rejects. */
const MAX_SECONDS = 999_999_999_999;

/** HMAC-SHA256 of a text under a key, both as UTF-8 (a lone surrogate becomes U+FFFD, as `TextEncoder` writes it). */
export function hmacSha256(key: string, message: string): Uint8Array {
  return hmac(sha256, utf8ToBytes(key), utf8ToBytes(message));
}

/**
 * The string ThreatConnect signs: `<path>[?<query>]:<METHOD>:<timestamp>`,
 * from the exact bytes of the request line (nothing is decoded or
 * re-encoded). Throws an `UnsendableUrlError` for a URL that no request line
 * can carry as written (a raw space, non-ASCII, `"<>\^`{|}`).
 */
export function signatureBase({ method, url, timestamp }: SignatureBaseInput): string {
  if (typeof timestamp === 'number' && !Number.isSafeInteger(timestamp)) {
    throw new TypeError(`signatureBase: timestamp must be whole seconds, got ${describe(timestamp)}`);
  }
  assertSendableUrl('signatureBase', url);
  return `${requestTarget(url)}:${method.toUpperCase()}:${timestamp}`;
}

/** base64(HMAC-SHA256(secretKey, base)): the signature part of the Authorization header. */
export function computeSignature(secretKey: string, base: string): string {
  return base64.encode(hmacSha256(secretKey, base));
}

/**
 * Signs a request for ThreatConnect's HMAC authentication. `timestamp`
 * defaults to the current time in seconds. Throws a TypeError (which never
 * contains the secret key) for inputs that would certainly be rejected: an
 * empty or whitespace-padded access id or secret key, a timestamp that is not
 * whole seconds, a URL that cannot be sent as written (an `UnsendableUrlError`
 * that carries the URL as clients send it).
 */
export function signRequest(input: SignRequestInput): SignedHeaders {
  const { method, url, accessId, secretKey } = input;
  checkCredential('accessId', accessId);
  checkCredential('secretKey', secretKey);
  if (/[\s:]/.test(accessId)) throw new TypeError('signRequest: accessId must not contain whitespace or ":"');
  const timestamp = checkTimestamp(input.timestamp ?? Math.floor(Date.now() / 1000));
  assertSendableUrl('signRequest', url, secretKey);
  const signature = computeSignature(secretKey, signatureBase({ method, url, timestamp }));
  return { Timestamp: timestamp, Authorization: `TC ${accessId}:${signature}` };
}

function checkCredential(name: string, value: unknown) {
  if (typeof value !== 'string' || value === '') throw new TypeError(`signRequest: ${name} is required`);
  if (value.trim() !== value) {
    throw new TypeError(`signRequest: ${name} starts or ends with whitespace (a newline read from a file or environment variable?); trim it`);
  }
}

function checkTimestamp(timestamp: number | string): string {
  const text = typeof timestamp === 'number' ? (Number.isSafeInteger(timestamp) ? String(timestamp) : '') : timestamp;
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text)) {
    throw new TypeError(`signRequest: timestamp must be whole seconds since the Unix epoch, got ${describe(timestamp)}`);
  }
  if (Number(text) > MAX_SECONDS) {
    throw new TypeError(`signRequest: timestamp ${text} is in milliseconds; ThreatConnect expects seconds (${Math.floor(Number(text) / 1000)})`);
  }
  return text;
}

/** The value when it is short; its size otherwise (an error message is no place for a 1 MB input). */
function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length <= 40 ? text : `a ${typeof value} of ${String(value).length} characters`;
}
