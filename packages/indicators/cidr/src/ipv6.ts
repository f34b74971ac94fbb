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

/**
 * Scans `text[start, end)` as an IPv6 address in any RFC 4291 text form:
 * one to four hex digits per group in any case, at most one `::` standing
 * for at least one zero group, an optional strict dotted-decimal IPv4 tail.
 * No zone id, no brackets, no whitespace. One pass, no allocation.
 */
export function scanIPv6(text: string, start: number, end: number, out: IPv6Scan): boolean {
  const groups = out.groups;
  out.compressed = false;
  out.uppercase = false;
  out.ipv4Start = out.ipv4End = out.zeroGroupStart = out.zeroGroupEnd = out.leadingStart = out.leadingEnd = -1;
  let count = 0;
  let gap = -1; // index in `groups` where `::` stands
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
    let value = 0;
    let upper = false;
    while (i < end) {
      const c = text.charCodeAt(i);
      let digit: number;
      if (c >= 48 && c <= 57) digit = c - 48;
      else if (c >= 97 && c <= 102) digit = c - 87;
      else if (c >= 65 && c <= 70) {
        digit = c - 55;
        upper = true;
      } else break;
      if (i - groupStart === 4) return false;
      value = value * 16 + digit;
      i++;
    }
    const digits = i - groupStart;
    if (digits === 0) return false;
    if (i < end && text.charCodeAt(i) === DOT) {
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
    if (upper) out.uppercase = true;
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
    if (text.charCodeAt(i) !== COLON) return false;
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
  if (gap < 0) return count === 8;
  if (count > 7) return false;
  const after = count - gap;
  for (let k = 1; k <= after; k++) groups[8 - k] = groups[count - k]!;
  groups.fill(0, gap, 8 - after);
  return true;
}

/** The ThreatConnect form of eight IPv6 groups: lowercase hex, no leading zeros, all eight, `:`-separated. */
export function formatIPv6Groups(groups: ArrayLike<number>): string {
  return `${groups[0]!.toString(16)}:${groups[1]!.toString(16)}:${groups[2]!.toString(16)}:${groups[3]!.toString(16)}:${groups[4]!.toString(16)}:${groups[5]!.toString(16)}:${groups[6]!.toString(16)}:${groups[7]!.toString(16)}`;
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
  return { groups: Array.from(scratch.groups), formatted: formatIPv6Groups(scratch.groups), ok: isThreatConnectForm(scratch), ...formOf(text, scratch) };
}

/** The form facts of a successful scan, as strings. */
export function formOf(text: string, scan: IPv6Scan): IPv6Form {
  const form: IPv6Form = { compressed: scan.compressed, uppercase: scan.uppercase };
  if (scan.ipv4Start >= 0) form.ipv4 = text.slice(scan.ipv4Start, scan.ipv4End);
  if (scan.zeroGroupStart >= 0) form.zeroGroup = text.slice(scan.zeroGroupStart, scan.zeroGroupEnd);
  if (scan.leadingStart >= 0) form.leadingZeros = text.slice(scan.leadingStart, scan.leadingEnd);
  return form;
}
