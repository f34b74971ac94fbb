import { toBase64 } from './base64.js';
import { hmacSha256 } from './hmac.js';
import { requestTarget } from './request-target.js';
import { utf8Encode } from './utf8.js';

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

/**
 * The string ThreatConnect signs: `<path>[?<query>]:<METHOD>:<timestamp>`,
 * from the exact bytes of the request line (nothing is decoded or re-encoded).
 */
export function signatureBase({ method, url, timestamp }: SignatureBaseInput): string {
  if (typeof timestamp === 'number' && !Number.isSafeInteger(timestamp)) {
    throw new TypeError(`signatureBase: timestamp must be whole seconds, got ${describe(timestamp)}`);
  }
  return `${requestTarget(url)}:${method.toUpperCase()}:${timestamp}`;
}

/** base64(HMAC-SHA256(secretKey, base)): the signature part of the Authorization header. */
export function computeSignature(secretKey: string, base: string): string {
  return toBase64(hmacSha256(utf8Encode(secretKey), utf8Encode(base)));
}

/**
 * Signs a request for ThreatConnect's HMAC authentication. `timestamp`
 * defaults to the current time in seconds. Throws a TypeError (which never
 * contains the secret key) for inputs that would certainly be rejected: an
 * empty or whitespace-padded access id or secret key, a timestamp that is not
 * whole seconds.
 */
export function signRequest(input: SignRequestInput): SignedHeaders {
  const { method, url, accessId, secretKey } = input;
  checkCredential('accessId', accessId);
  checkCredential('secretKey', secretKey);
  if (/[\s:]/.test(accessId)) throw new TypeError('signRequest: accessId must not contain whitespace or ":"');
  const timestamp = checkTimestamp(input.timestamp ?? Math.floor(Date.now() / 1000));
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

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
