import { defineAnalysis, findControlCharacter, previewChar } from '@tclint/core';
import type { HashField } from './fields.js';

/** What a File hash field holds. */
export type HashReading =
  /** Nothing, or only whitespace: no hash of this kind. */
  | { kind: 'empty' }
  /** Hex digits, as written (case kept), without surrounding whitespace or fingerprint colons. */
  | { kind: 'hex'; digits: string; fingerprint: boolean }
  /**
   * A hash written after the name of its algorithm, as reports list them
   * (`SHA1: e298…`, `MD5=…`, `sha256 …`): the label as written, the field it
   * names, and the hash after it (`hash`, as written, and its digits).
   */
  | { kind: 'labelled'; label: string; names: HashField; hash: string; digits: string; fingerprint: boolean }
  /** A character that is not a hex digit, at `index` of the value. */
  | { kind: 'notHex'; index: number };

/**
 * Reads a hash field the way people write hashes: hex digits in any case,
 * possibly with whitespace around them, as a colon-separated fingerprint
 * (`D4:1D:8C:…`: 16, 20 or 32 pairs of hex digits, single colons), or after
 * the name of the algorithm (`SHA1: e298…`). A linear scan.
 */
export function readHash(value: string): HashReading {
  const end = value.trimEnd().length;
  if (end === 0) return { kind: 'empty' };
  const start = value.length - value.trimStart().length;
  LABEL.lastIndex = start;
  const label = LABEL.exec(value);
  if (label && LABEL.lastIndex < end) {
    const hashStart = LABEL.lastIndex;
    const reading = readHex(value, hashStart, end);
    if (reading.kind !== 'hex') return reading;
    return { kind: 'labelled', label: value.slice(start, hashStart), names: ALGORITHM_FIELDS[label[1]!.toLowerCase().replace(/[-_]/, '')]!, hash: value.slice(hashStart, end), digits: reading.digits, fingerprint: reading.fingerprint };
  }
  return readHex(value, start, end);
}

/** `readHash` as the engine's shared analysis: every rule of the package reads one reading of each field. */
export const hashReading = defineAnalysis('file/hash', readHash);

/** Hex digits or a fingerprint between start and end, or where the first other character is. */
function readHex(value: string, start: number, end: number): HashReading {
  if (isFingerprint(value, start, end)) return { kind: 'hex', digits: value.slice(start, end).replaceAll(':', ''), fingerprint: true };
  HEX_RUN.lastIndex = start;
  HEX_RUN.test(value);
  if (HEX_RUN.lastIndex < end) return { kind: 'notHex', index: HEX_RUN.lastIndex };
  return { kind: 'hex', digits: value.slice(start, end), fingerprint: false };
}

/** The hash in the form ThreatConnect gets it (**policy**): lower-case hex digits alone, or undefined when the value is not hex. */
export function canonicalHash(value: string): string | undefined {
  const reading = readHash(value);
  return reading.kind === 'hex' || reading.kind === 'labelled' ? reading.digits.toLowerCase() : reading.kind === 'empty' ? '' : undefined;
}

/** Bytes in a fingerprint of each hash: 16 (MD5), 20 (SHA-1), 32 (SHA-256). */
const FINGERPRINT_BYTES = new Set([16, 20, 32]);

/**
 * `hh:hh:…:hh` between start and end, with as many pairs as a hash has bytes.
 * Other colon-separated hex (a MAC address, an IPv6 address) is not taken
 * apart: file/characters reports its colons instead.
 */
function isFingerprint(value: string, start: number, end: number): boolean {
  const length = end - start;
  if ((length + 1) % 3 !== 0 || !FINGERPRINT_BYTES.has((length + 1) / 3)) return false;
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i);
    if ((i - start) % 3 === 2 ? code !== 0x3a /* : */ : !isHexDigit(code)) return false;
  }
  return true;
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66) || (code >= 0x41 && code <= 0x46);
}

export function hasUpperHex(text: string): boolean {
  return UPPER_HEX.test(text);
}

// single character-class runs: linear, and much faster than a charCodeAt loop on long input
const HEX_RUN = /[0-9a-fA-F]*/y;
const UPPER_HEX = /[A-F]/;
/** An algorithm's name, then `:` or `=` (spaced or not) or whitespace: `SHA1: `, `MD5=`, `sha256 `, `SHA-256 : `. */
const LABEL = /(md5|sha[-_]?1|sha[-_]?256)(?:[ \t]*[:=][ \t]*|[ \t]+)/iy;
const ALGORITHM_FIELDS: Readonly<Record<string, HashField>> = { md5: 'md5', sha1: 'sha1', sha256: 'sha256' };

/** The character at `index` for a message: `"g"`, `"０" (U+FF10)`, `space (U+0020)`, `line feed (U+000A)`. */
export function describeCharacter(value: string, index: number): string {
  const code = value.codePointAt(index) ?? 0;
  const control = findControlCharacter(value.charAt(index));
  if (control) return control.name;
  if (code === 0x20) return 'space (U+0020)';
  if (value.charAt(index).trim() === '') return `whitespace (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return previewChar(String.fromCodePoint(code));
}
