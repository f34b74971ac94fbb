import { scanIPv4Strict } from './ipv4.js';

const COLON = 58;
const DOT = 46;
const ZERO = 48;

const octets = new Uint16Array(4);

/**
 * What a scan of an IPv6 address found: its eight groups and the ways its
 * text departs from ThreatConnect's form. Positions are indices into the
 * scanned text, -1 when absent. Reused between scans to avoid allocation.
 */
export interface IPv6Scan {
  groups: Uint16Array;
  compressed: boolean;
  uppercase: boolean;
  /** Where a dotted IPv4 tail starts (`::ffff:1.2.3.4`). */
  ipv4Start: number;
  ipv4End: number;
  /** First zero group written with more than one digit (`0000`). */
  zeroGroupStart: number;
  zeroGroupEnd: number;
  /** First non-zero group written with leading zeros (`0db8`). */
  leadingStart: number;
  leadingEnd: number;
}

export function newIPv6Scan(): IPv6Scan {
  return { groups: new Uint16Array(8), compressed: false, uppercase: false, ipv4Start: -1, ipv4End: -1, zeroGroupStart: -1, zeroGroupEnd: -1, leadingStart: -1, leadingEnd: -1 };
}

/** True when the scanned text is already in ThreatConnect's form. */
export function isThreatConnectForm(scan: IPv6Scan): boolean {
  return !scan.compressed && !scan.uppercase && scan.ipv4Start < 0 && scan.zeroGroupStart < 0 && scan.leadingStart < 0;
}

/** Hex digit values by char code: 0..15 for digits and a-f, 16..21 for A-F (bit 16 marks upper case), -1 for the rest. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let c = 48; c <= 57; c++) HEX_VALUE[c] = c - 48;
for (let c = 97; c <= 102; c++) HEX_VALUE[c] = c - 87;
for (let c = 65; c <= 70; c++) HEX_VALUE[c] = c - 55 + 16;
const UPPER_BIT = 16;

function hexValue(c: number): number {
  return c < 128 ? HEX_VALUE[c]! : -1;
}

/**
 * Scans `text[start, end)` as an IPv6 address in any RFC 4291 text form:
 * one to four hex digits per group in any case, at most one `::` standing
 * for at least one zero group, an optional strict dotted-decimal IPv4 tail.
 * No zone id, no brackets, no whitespace. One pass, no allocation; `out` is
 * only meaningful when it returns true.
 */
export function scanIPv6(text: string, start: number, end: number, out: IPv6Scan): boolean {
  const groups = out.groups;
  out.compressed = false;
  out.uppercase = false;
  out.ipv4Start = out.ipv4End = out.zeroGroupStart = out.zeroGroupEnd = out.leadingStart = out.leadingEnd = -1;
  let count = 0;
  let gap = -1; // index in `groups` where `::` stands
  let seen = 0; // the hex values read, or-ed: UPPER_BIT tells of upper case
  let i = start;
  if (i >= end) return false;
  if (text.charCodeAt(i) === COLON) {
    if (i + 1 >= end || text.charCodeAt(i + 1) !== COLON) return false;
    gap = 0;
    out.compressed = true;
    i += 2;
    if (i === end) {
      groups.fill(0);
      return true;
    }
  }
  for (;;) {
    const groupStart = i;
    const stop = end - i > 4 ? i + 4 : end;
    let value = 0;
    let c = 0;
    for (; i < stop; i++) {
      c = text.charCodeAt(i);
      const digit = hexValue(c);
      if (digit < 0) break;
      seen |= digit;
      value = value * 16 + (digit & 15);
    }
    if (i === stop && i < end) {
      c = text.charCodeAt(i);
      if (hexValue(c) >= 0) return false; // a fifth hex digit
    }
    // here c is the character at i, when i < end
    const digits = i - groupStart;
    if (digits === 0) return false;
    if (i < end && c === DOT) {
      // a dotted IPv4 tail ends the address and fills the last two groups
      if (gap < 0 ? count !== 6 : count > 5) return false;
      if (!scanIPv4Strict(text, groupStart, end, octets)) return false;
      groups[count] = (octets[0]! << 8) | octets[1]!;
      groups[count + 1] = (octets[2]! << 8) | octets[3]!;
      count += 2;
      out.ipv4Start = groupStart;
      out.ipv4End = end;
      break;
    }
    if (count === 8) return false;
    if (digits > 1 && text.charCodeAt(groupStart) === ZERO) {
      if (value === 0) {
        if (out.zeroGroupStart < 0) {
          out.zeroGroupStart = groupStart;
          out.zeroGroupEnd = i;
        }
      } else if (out.leadingStart < 0) {
        out.leadingStart = groupStart;
        out.leadingEnd = i;
      }
    }
    groups[count++] = value;
    if (i === end) break;
    if (c !== COLON) return false;
    i++;
    if (i === end) return false;
    if (text.charCodeAt(i) === COLON) {
      if (gap >= 0) return false;
      gap = count;
      out.compressed = true;
      i++;
      if (i === end) break;
    }
  }
  if ((seen & UPPER_BIT) !== 0) out.uppercase = true;
  if (gap < 0) return count === 8;
  if (count > 7) return false;
  const after = count - gap;
  for (let k = 1; k <= after; k++) groups[8 - k] = groups[count - k]!;
  groups.fill(0, gap, 8 - after);
  return true;
}

const HEX_DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
/** One reusable array of char codes per output length (15..39): `String.fromCharCode` reads a packed array fastest. */
const CHAR_CODES: number[][] = Array.from({ length: 40 }, (_, n) => new Array<number>(n).fill(0));

/**
 * The ThreatConnect form of eight IPv6 groups: lowercase hex, no leading
 * zeros, all eight, `:`-separated. Built from char codes in one string
 * allocation: eight `toString(16)` calls and the concatenations cost several
 * times more.
 */
export function formatIPv6Groups(groups: ArrayLike<number>): string {
  let length = 7;
  for (let k = 0; k < 8; k++) {
    const group = groups[k]!;
    // anything but a 16-bit group is written as toString(16) always wrote it
    if (!(group >= 0 && group <= 0xffff && group % 1 === 0)) return formatAnyGroups(groups);
    length += hexDigitCount(group);
  }
  const codes = CHAR_CODES[length]!;
  let n = 0;
  for (let k = 0; k < 8; k++) {
    const group = groups[k]!;
    if (k > 0) codes[n++] = COLON;
    if (group >= 0x1000) codes[n++] = HEX_DIGITS[group >> 12]!;
    if (group >= 0x100) codes[n++] = HEX_DIGITS[(group >> 8) & 15]!;
    if (group >= 0x10) codes[n++] = HEX_DIGITS[(group >> 4) & 15]!;
    codes[n++] = HEX_DIGITS[group & 15]!;
  }
  return String.fromCharCode.apply(null, codes);
}

function formatAnyGroups(groups: ArrayLike<number>): string {
  return `${groups[0]!.toString(16)}:${groups[1]!.toString(16)}:${groups[2]!.toString(16)}:${groups[3]!.toString(16)}:${groups[4]!.toString(16)}:${groups[5]!.toString(16)}:${groups[6]!.toString(16)}:${groups[7]!.toString(16)}`;
}

function hexDigitCount(group: number): number {
  return group >= 0x1000 ? 4 : group >= 0x100 ? 3 : group >= 0x10 ? 2 : 1;
}

const scratch = newIPv6Scan();

/** The eight 16-bit groups of an IPv6 address in any standard text form, or undefined when it is not one. No zone ids. */
export function parseIPv6(text: string): number[] | undefined {
  if (typeof text !== 'string') return undefined;
  return scanIPv6(text, 0, text.length, scratch) ? Array.from(scratch.groups) : undefined;
}

/**
 * An IPv6 address in the form ThreatConnect stores: all eight groups, no
 * `::`, no leading zeros, a zero group as `0`, lowercase hex, an embedded
 * IPv4 tail as two hex groups. `2001:0DB8::1` -> `2001:db8:0:0:0:0:0:1`,
 * `::ffff:1.2.3.4` -> `0:0:0:0:0:ffff:102:304`. Undefined when the text is
 * not an IPv6 address (zone ids, brackets and whitespace are not accepted).
 */
export function formatIPv6(text: string): string | undefined {
  if (typeof text !== 'string' || !scanIPv6(text, 0, text.length, scratch)) return undefined;
  return isThreatConnectForm(scratch) ? text : formatIPv6Groups(scratch.groups);
}

/** The ways an IPv6 address's text departs from ThreatConnect's form. */
export interface IPv6Form {
  /** Uses `::`. */
  compressed: boolean;
  /** Has hex digits A-F in uppercase. */
  uppercase: boolean;
  /** The dotted IPv4 tail as written (`1.2.3.0`). */
  ipv4?: string;
  /** The first zero group written with more than one digit (`0000`). */
  zeroGroup?: string;
  /** The first non-zero group written with leading zeros (`0db8`). */
  leadingZeros?: string;
}

export interface IPv6Inspection extends IPv6Form {
  groups: number[];
  /** The ThreatConnect form (see `formatIPv6`). */
  formatted: string;
  /** True when the text is already in ThreatConnect's form. */
  ok: boolean;
}

/** Reads an IPv6 address and says how its text departs from ThreatConnect's form; undefined when it is not an address. */
export function inspectIPv6(text: string): IPv6Inspection | undefined {
  if (typeof text !== 'string' || !scanIPv6(text, 0, text.length, scratch)) return undefined;
  const ok = isThreatConnectForm(scratch);
  // written out, in formOf's key order: spreading a fresh object is a slow path in V8
  const inspection: IPv6Inspection = {
    groups: Array.from(scratch.groups),
    formatted: ok ? text : formatIPv6Groups(scratch.groups),
    ok,
    compressed: scratch.compressed,
    uppercase: scratch.uppercase,
  };
  if (scratch.ipv4Start >= 0) inspection.ipv4 = text.slice(scratch.ipv4Start, scratch.ipv4End);
  if (scratch.zeroGroupStart >= 0) inspection.zeroGroup = text.slice(scratch.zeroGroupStart, scratch.zeroGroupEnd);
  if (scratch.leadingStart >= 0) inspection.leadingZeros = text.slice(scratch.leadingStart, scratch.leadingEnd);
  return inspection;
}

/** The form facts of a successful scan, as strings. */
export function formOf(text: string, scan: IPv6Scan): IPv6Form {
  const form: IPv6Form = { compressed: scan.compressed, uppercase: scan.uppercase };
  if (scan.ipv4Start >= 0) form.ipv4 = text.slice(scan.ipv4Start, scan.ipv4End);
  if (scan.zeroGroupStart >= 0) form.zeroGroup = text.slice(scan.zeroGroupStart, scan.zeroGroupEnd);
  if (scan.leadingStart >= 0) form.leadingZeros = text.slice(scan.leadingStart, scan.leadingEnd);
  return form;
}
