import { shapeFilter, SHAPE, SUMMARY_SEPARATOR, type Detection, type DetectContext } from '@tclint/core';
import { fieldForLength, HASH_FIELDS } from './fields.js';
import { hashReading, readHash } from './read-hash.js';

const TYPE = 'File';

/** Lengths of hashes ThreatConnect does not store (SHA-224, SHA-384, SHA-512): a File, wrongly. */
const OTHER_HASH_LENGTHS = new Set([56, 96, 128]);

/**
 * Recognizes File hashes: 32, 40 or 64 hex digits (a 64-digit hex string is
 * never anything but a SHA-256), the same as a colon-separated fingerprint,
 * either after the name of its algorithm (`SHA1: e298…`, as reports list
 * hashes), or a summary of them (the hashes present joined by ` : `). A
 * SHA-224/384/512, or a labelled hash of another length, is taken for a File
 * so that file/length can say why it is wrong; another run of at least 16
 * hex digits with both letters and digits only could be a hash.
 */
export function detectFile(value: string, context?: DetectContext): Detection | undefined {
  if (value.includes(SUMMARY_SEPARATOR)) return detectSummary(value);
  if (!mayBeHash(value)) return undefined;
  const reading = context ? context.analyze(hashReading, value) : readHash(value);
  if (reading.kind === 'labelled') return fieldForLength(reading.digits.length) ? { type: TYPE, confidence: 0.95 } : reading.digits.length >= MIN_DETECTED ? { type: TYPE, confidence: 0.6 } : undefined;
  if (reading.kind !== 'hex') return undefined;
  const n = reading.digits.length;
  if (fieldForLength(n)) return { type: TYPE, confidence: n === 64 ? 0.99 : reading.fingerprint ? 0.9 : 0.95 };
  if (OTHER_HASH_LENGTHS.has(n)) return { type: TYPE, confidence: 0.6 };
  if (n >= 16 && HEX_LETTER.test(reading.digits) && DIGIT.test(reading.digits)) return { type: TYPE, confidence: 0.3 };
  return undefined;
}

/** A summary: at most three parts, each a hash of a known length or empty (an older positional slot), at least one a hash. */
function detectSummary(value: string): Detection | undefined {
  const parts = value.split(SUMMARY_SEPARATOR);
  if (parts.length > HASH_FIELDS.length) return undefined;
  let hashes = 0;
  for (const part of parts) {
    const reading = readHash(part);
    if (reading.kind === 'empty') continue;
    if ((reading.kind !== 'hex' && reading.kind !== 'labelled') || !fieldForLength(reading.digits.length)) return undefined;
    hashes++;
  }
  return hashes > 0 ? { type: TYPE, confidence: 0.95 } : undefined;
}

/** Fewer characters cannot hold the 16 hex digits the least of the detections above needs. */
const MIN_DETECTED = 16;

/**
 * False when the value certainly holds no hash of 16 or more hex digits: it
 * is too short, or it starts with a printable character that is no hex digit
 * (a hash and a fingerprint both start with one) and no label's first letter
 * (`md5`, `sha…`). Whitespace and non-ASCII starts are left to readHash. Most
 * values of a mixed feed stop here.
 */
function mayBeHash(value: string): boolean {
  if (value.length < MIN_DETECTED) return false;
  const first = value.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f)) return true;
  const lower = first | 0x20;
  return (first >= 0x30 && first <= 0x39) || (lower >= 0x61 && lower <= 0x66) || lower === 0x6d /* m */ || lower === 0x73 /* s */;
}

/**
 * The shapes `detectFile` can recognize: hex digits (and the letters of a
 * label), fingerprint colons, `=` after a label, whitespace, a summary's ` : `.
 */
const fileShape = shapeFilter({
  only: SHAPE.DIGIT | SHAPE.LETTER | SHAPE.UPPERCASE | SHAPE.COLON | SHAPE.WHITESPACE | SHAPE.HYPHEN | SHAPE.UNDERSCORE | SHAPE.PUNCTUATION,
  minLength: MIN_DETECTED,
});

/**
 * The values `detectFile` can recognize: the shapes above, and a summary, or
 * a value that starts (after ASCII spaces) as a label may, or as a run of
 * hex digits that reaches the end, whitespace or a fingerprint's first colon
 * (`2001:db8::1` and `FW: scan` stop here).
 */
export const mayDetectFile = (shape: number, length: number, value: string): boolean =>
  fileShape(shape, length) && (value.includes(SUMMARY_SEPARATOR) || (mayBeHash(value) && mayStartAsHash(value)));

function mayStartAsHash(value: string): boolean {
  let start = 0;
  while (value.charCodeAt(start) === 0x20) start++;
  const first = value.charCodeAt(start);
  if (!isHexDigit(first)) return !(first > 0x20 && first < 0x7f) || (first | 0x20) === 0x6d || (first | 0x20) === 0x73; // other starts are readHash's; m, s: a label
  let i = start + 1;
  while (isHexDigit(value.charCodeAt(i))) i++;
  if (i === value.length) return true;
  const next = value.charCodeAt(i);
  return (next === 0x3a && i - start === 2) || !(next > 0x20 && next < 0x7f);
}

function isHexDigit(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x66);
}

const HEX_LETTER = /[a-f]/i;
const DIGIT = /[0-9]/;
