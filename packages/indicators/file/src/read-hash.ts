import { findControlCharacter, previewChar } from '@tclint/core';

/** What a File hash field holds. */
export type HashReading =
  /** Nothing, or only whitespace: no hash of this kind. */
  | { kind: 'empty' }
  /** Hex digits, as written (case kept), without surrounding whitespace or fingerprint colons. */
  | { kind: 'hex'; digits: string; fingerprint: boolean }
  /** A character that is not a hex digit, at `index` of the value. */
  | { kind: 'notHex'; index: number };

/**
 * Reads a hash field the way people write hashes: hex digits in any case,
 * possibly with whitespace around them, or as a colon-separated fingerprint
 * (`D4:1D:8C:…`: 16, 20 or 32 pairs of hex digits, single colons). A linear
 * scan.
 */
export function readHash(value: string): HashReading {
  for (let i = 0; i < recent.length; i++) if (recent[i]!.value === value) return recent[i]!.reading;
  const reading = scan(value);
  recent.unshift({ value, reading });
  recent.length = Math.min(recent.length, RECENT);
  return reading;
}

/**
 * Every rule reads every hash field, so the same few values are read many
 * times per check; the last few readings are kept (strings are immutable, so
 * a value always reads the same).
 */
const RECENT = 3;
const recent: { value: string; reading: HashReading }[] = [];

function scan(value: string): HashReading {
  const end = value.trimEnd().length;
  if (end === 0) return { kind: 'empty' };
  const start = value.length - value.trimStart().length;
  if (isFingerprint(value, start, end)) return { kind: 'hex', digits: value.slice(start, end).replaceAll(':', ''), fingerprint: true };
  HEX_RUN.lastIndex = start;
  HEX_RUN.test(value);
  if (HEX_RUN.lastIndex < end) return { kind: 'notHex', index: HEX_RUN.lastIndex };
  return { kind: 'hex', digits: value.slice(start, end), fingerprint: false };
}

/** The hash in the form ThreatConnect gets it (**policy**): lower-case hex digits alone, or undefined when the value is not hex. */
export function canonicalHash(value: string): string | undefined {
  const reading = readHash(value);
  return reading.kind === 'hex' ? reading.digits.toLowerCase() : reading.kind === 'empty' ? '' : undefined;
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

/** The character at `index` for a message: `"g"`, `"０" (U+FF10)`, `space (U+0020)`, `line feed (U+000A)`. */
export function describeCharacter(value: string, index: number): string {
  const code = value.codePointAt(index) ?? 0;
  const control = findControlCharacter(value.charAt(index));
  if (control) return control.name;
  if (code === 0x20) return 'space (U+0020)';
  if (value.charAt(index).trim() === '') return `whitespace (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return previewChar(String.fromCodePoint(code));
}
