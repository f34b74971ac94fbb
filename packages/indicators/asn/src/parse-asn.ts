import { defineAnalysis } from '@tclint/core';
import { isDigit } from './chars.js';

/** The largest AS number (AS numbers are 32-bit). */
export const MAX_ASN = 4294967295;
/** The largest part of an asdot `high.low` AS number. */
export const MAX_ASDOT_PART = 65535;

/** How an AS number that parsed was written, so a rule can name each departure from `ASN<n>`. */
export interface AsnSpelling {
  /** The prefix as written (`ASN`, `as`, ...); empty when there is none. */
  prefix: string;
  spaceBefore: boolean;
  /** Whitespace between the prefix and the number. */
  spaceInside: boolean;
  spaceAfter: boolean;
  leadingZeros: boolean;
  /** Present when the number was written in asdot notation (`1.10`). */
  asdot?: { high: number; low: number };
}

/** The outcome of reading an `AS Number` value. `prefix` is the prefix as written, empty when there is none. */
export type AsnParse =
  | { kind: 'empty' }
  | { kind: 'number'; asn: number; spelling: AsnSpelling }
  /** A prefix with no number after it (`ASN`). */
  | { kind: 'noNumber'; prefix: string }
  /** Something other than a prefix or digits where the value should start (`ASX12`, `ASN-12`). */
  | { kind: 'unexpectedStart'; prefix: string; text: string }
  /** Text without digits after the number (`AS12abc`). */
  | { kind: 'trailingJunk'; prefix: string; number: string; text: string }
  /** More digits after the number (`AS12 34`, `AS1.2.3`, `64512-65534`). */
  | { kind: 'multipleNumbers'; prefix: string; number: string; text: string }
  /** A plain number above 4294967295; `digits` has no leading zeros. */
  | { kind: 'outOfRange'; prefix: string; digits: string }
  /** An asdot number with a part above 65535; `part` has no leading zeros. */
  | { kind: 'asdotPartOutOfRange'; prefix: string; part: string };

/**
 * Reads an AS number the way people write it: `ASN12345`, `AS 12345`,
 * `as012`, `12345`, asdot `AS1.10`. A linear scanner (its only regular
 * expressions match runs of one character class), safe on any input.
 */
export function parseAsn(value: string): AsnParse {
  const end = value.length;
  let i = skipWhitespace(value, 0);
  const spaceBefore = i > 0;
  if (i === end) return { kind: 'empty' };

  const prefixEnd = prefixLength(value, i);
  const prefix = value.slice(i, i + prefixEnd);
  i += prefixEnd;
  const afterPrefix = skipWhitespace(value, i);
  const spaceInside = prefix !== '' && afterPrefix > i;
  i = afterPrefix;

  const firstEnd = skipDigits(value, i);
  if (firstEnd === i) {
    if (i === end && prefix !== '') return { kind: 'noNumber', prefix };
    return { kind: 'unexpectedStart', prefix, text: value.slice(i) };
  }
  let numberEnd = firstEnd;
  let lowStart = -1;
  if (value.charCodeAt(firstEnd) === 0x2e /* . */ && isDigit(value.charCodeAt(firstEnd + 1))) {
    lowStart = firstEnd + 1;
    numberEnd = skipDigits(value, lowStart);
  }
  const number = value.slice(i, numberEnd);
  const restStart = skipWhitespace(value, numberEnd);
  if (restStart < end) {
    const text = value.slice(restStart);
    return { kind: containsDigit(text) ? 'multipleNumbers' : 'trailingJunk', prefix, number, text };
  }
  const spaceAfter = restStart > numberEnd;

  // the spellings are written out in full: spreading a fresh object is a slow path in V8
  if (lowStart < 0) {
    const digits = stripZeros(value.slice(i, firstEnd));
    const asn = toNumber(digits, MAX_ASN);
    if (asn === undefined) return { kind: 'outOfRange', prefix, digits };
    return { kind: 'number', asn, spelling: { prefix, spaceBefore, spaceInside, spaceAfter, leadingZeros: digits.length !== firstEnd - i } };
  }
  const highDigits = stripZeros(value.slice(i, firstEnd));
  const lowDigits = stripZeros(value.slice(lowStart, numberEnd));
  const high = toNumber(highDigits, MAX_ASDOT_PART);
  if (high === undefined) return { kind: 'asdotPartOutOfRange', prefix, part: highDigits };
  const low = toNumber(lowDigits, MAX_ASDOT_PART);
  if (low === undefined) return { kind: 'asdotPartOutOfRange', prefix, part: lowDigits };
  return { kind: 'number', asn: high * 65536 + low, spelling: { prefix, spaceBefore, spaceInside, spaceAfter, leadingZeros: false, asdot: { high, low } } };
}

/** `parseAsn` as the engine's shared analysis: `detect` and every rule of the plugin read one parse of a value. */
export const asnParse = defineAnalysis('asn/parse', parseAsn);

/** The canonical `ASN<n>` form of a value, or undefined when it is not an AS number that can be fixed. */
export function canonicalAsn(value: string): string | undefined {
  const parsed = parseAsn(value);
  return parsed.kind === 'number' ? `ASN${parsed.asn}` : undefined;
}

/** Length of an `AS` or `ASN` prefix (any case) at `i`, or 0. */
function prefixLength(value: string, i: number): number {
  const a = value.charCodeAt(i) | 0x20;
  const s = value.charCodeAt(i + 1) | 0x20;
  if (a !== 0x61 || s !== 0x73) return 0;
  return (value.charCodeAt(i + 2) | 0x20) === 0x6e ? 3 : 2;
}

// Single character-class runs, matched sticky from a position: linear, no
// backtracking, and several times faster than a charCodeAt loop on long inputs.
const WHITESPACE_RUN = /\s*/y;
const DIGIT_RUN = /[0-9]*/y;
const ANY_DIGIT = /[0-9]/;

function skipWhitespace(value: string, i: number): number {
  return skipRun(WHITESPACE_RUN, value, i);
}

function skipDigits(value: string, i: number): number {
  return skipRun(DIGIT_RUN, value, i);
}

function skipRun(run: RegExp, value: string, i: number): number {
  run.lastIndex = i;
  run.test(value);
  return run.lastIndex;
}

function containsDigit(text: string): boolean {
  return ANY_DIGIT.test(text);
}

/** Drops leading zeros, keeping a single `0` for zero. */
function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 0x30) i++;
  return digits.slice(i);
}

/**
 * The value of a run of digits without leading zeros, or undefined above `max`.
 * Runs longer than `max` has digits are rejected by length before any
 * conversion, so huge runs are never rounded into range.
 */
function toNumber(digits: string, max: number): number | undefined {
  if (digits.length > String(max).length) return undefined;
  const n = Number(digits);
  return n <= max ? n : undefined;
}
