import type { hmac } from '@noble/hashes/hmac';
import { utf8ToBytes } from '@noble/hashes/utils';
import { formatTarget, hmacSha256 } from '@tclint/tc-auth';
import { hmacSha256With, updateWithText } from './hash-text.js';
import { signedString, signingVariants, type SigningInput, type SigningMistake, type Variant } from './variants.js';

/** Requests whose signed string and key together are longer than this are not searched for variants (each would be hashed again in full). */
export const MAX_SEARCHED_LENGTH = 8192;
/** How far (in seconds) a signed timestamp is searched from the Timestamp header. */
export const TIMESTAMP_WINDOW = 900;
/** A millisecond timestamp is searched from header*1000 − 1000 to header*1000 + 1999. */
const MS_BEFORE = 1000;
const MS_AFTER = 1999;
/** The longest searched timestamp: milliseconds have 13 digits until the year 2286. */
const MAX_DIGITS = 16;

type Hmac = ReturnType<typeof hmac.create>;

/**
 * Signs `<target>:<method>:<timestamp>` for many timestamps: the shared prefix
 * is hashed once, each timestamp only appends its digits.
 */
export class Signer {
  private readonly prefix: Hmac;
  /** Scratch for `matches`: a search hashes thousands of timestamps, each in this copy of the prefix's state. */
  private readonly scratch: Hmac;
  private readonly candidate = new Uint8Array(32);
  private readonly digits = new Uint8Array(MAX_DIGITS);
  /** The last `digest()`: each check of a fix asks again for the digest over the same Timestamp header. */
  private last?: { timestamp: string; digest: Uint8Array };

  constructor(input: Omit<SigningInput, 'timestamp'>) {
    this.prefix = updateWithText(hmacSha256With(input.key), signedString({ ...input, timestamp: '' }));
    this.scratch = this.prefix.clone();
  }

  digest(timestamp: string): Uint8Array {
    if (this.last?.timestamp !== timestamp) this.last = { timestamp, digest: updateWithText(this.prefix.clone(), timestamp).digest() };
    return this.last.digest.slice();
  }

  /** Whether signing with `timestamp` gives `digest`. */
  matches(timestamp: string, digest: Uint8Array): boolean {
    this.prefix._cloneInto(this.scratch);
    this.scratch.update(this.bytesOf(timestamp)).digestInto(this.candidate);
    return sameBytes(this.candidate, digest);
  }

  /** The UTF-8 of a timestamp; the searched ones are digits, written into scratch without an encoder. */
  private bytesOf(timestamp: string): Uint8Array {
    if (!isDigits(timestamp, MAX_DIGITS)) return utf8ToBytes(timestamp);
    for (let i = 0; i < timestamp.length; i++) this.digits[i] = timestamp.charCodeAt(i);
    return this.digits.subarray(0, timestamp.length);
  }
}

export interface SearchResult {
  /** The variant whose signature equals the client's, when one does. */
  variant?: Variant;
  /** How many signed strings were tried. */
  tried: number;
  /** True when the request was too long to try variants other than the timestamp. */
  limited: boolean;
}

/**
 * Looks for the mistake that reproduces the client's digest: one or two
 * changes to the key, method or request target, or another timestamp near
 * the header's (whole seconds within ±TIMESTAMP_WINDOW, or milliseconds).
 */
export function findVariant(correct: SigningInput, suppliedKey: string, digest: Uint8Array, signer: Signer): SearchResult {
  let tried = 0;
  // every part of the signed string counts: each variant hashes all of it again
  const size = formatTarget(correct.target).length + (correct.target.origin?.length ?? 0) + correct.method.length + correct.timestamp.length + suppliedKey.length;
  const limited = size > MAX_SEARCHED_LENGTH;
  if (!limited) {
    for (const variant of signingVariants(correct, suppliedKey)) {
      tried++;
      if (sameBytes(hmacSha256(variant.input.key, signedString(variant.input)), digest)) return { variant, tried, limited };
    }
  }
  for (const { timestamp, mistake } of timestampCandidates(correct.timestamp)) {
    tried++;
    if (signer.matches(timestamp, digest)) return { variant: { mistakes: [mistake], input: { ...correct, timestamp } }, tried, limited };
  }
  return { tried, limited };
}

/** The timestamp, among whole seconds within ±window of `seconds`, that reproduces the digest. */
export function findSignedTimestamp(signer: Signer, digest: Uint8Array, seconds: number): string | undefined {
  for (let d = 0; d <= TIMESTAMP_WINDOW; d++) {
    for (const candidate of d === 0 ? [seconds] : [seconds - d, seconds + d]) {
      if (candidate >= 0 && signer.matches(String(candidate), digest)) return String(candidate);
    }
  }
  return undefined;
}

function* timestampCandidates(header: string): Generator<{ timestamp: string; mistake: SigningMistake }> {
  if (!isDigits(header, 15)) return;
  const value = Number(header);
  const inMilliseconds = header.length >= 12;
  const anchor = inMilliseconds ? Math.floor(value / 1000) : value;
  if (!inMilliseconds) {
    for (let ms = value * 1000 - MS_BEFORE; ms <= value * 1000 + MS_AFTER; ms++) {
      const timestamp = String(ms);
      yield { timestamp, mistake: { id: 'timestampMilliseconds', signed: timestamp } };
    }
  }
  for (let d = inMilliseconds ? 0 : 1; d <= TIMESTAMP_WINDOW; d++) {
    for (const seconds of d === 0 ? [0] : [-d, d]) {
      const signed = anchor + seconds;
      if (signed < 0) continue;
      yield { timestamp: String(signed), mistake: { id: 'timestampDiffers', signed: String(signed), seconds } };
    }
  }
}

/** Whether a text is 1..max ASCII digits. */
export function isDigits(text: string, max: number): boolean {
  if (text.length === 0 || text.length > max) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
