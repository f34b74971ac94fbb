import { formatIPv6Groups } from './ipv6-format.js';
import { isThreatConnectForm, newIPv6Scan, scanIPv6, type IPv6Scan } from './ipv6-scan.js';
import { isThreatConnectIPv6Network } from './network.js';

/** The eight 16-bit groups of an IPv6 address. */
export type IPv6Groups = number[];

function scanned(text: string): IPv6Scan | undefined {
  if (typeof text !== 'string') return undefined;
  const scan = newIPv6Scan();
  return scanIPv6(text, 0, text.length, scan) ? scan : undefined;
}

/**
 * The eight 16-bit groups of an IPv6 address in any RFC 4291 text form
 * (compressed or not, any case, leading zeros, a dotted IPv4 tail), or
 * undefined when it is not one: no zone ids, brackets, whitespace or prefix.
 */
export function parseIPv6(text: string): IPv6Groups | undefined {
  return scanned(text)?.groups;
}

/** True for an IPv6 address in any RFC 4291 text form, as `parseIPv6` reads it. */
export function isIPv6(text: string): boolean {
  return scanned(text) !== undefined;
}

/**
 * An IPv6 address in the form ThreatConnect stores: all eight groups, no
 * `::`, no leading zeros, a zero group as `0`, lowercase hex, an embedded
 * IPv4 tail as two hex groups. `2001:0DB8::1` -> `2001:db8:0:0:0:0:0:1`,
 * `::ffff:1.2.3.4` -> `0:0:0:0:0:ffff:102:304`. Undefined when the text is
 * not an IPv6 address (zone ids, brackets and whitespace are not accepted).
 */
export function formatIPv6(text: string): string | undefined {
  const scan = scanned(text);
  if (!scan) return undefined;
  return isThreatConnectForm(scan) ? text : formatIPv6Groups(scan.groups);
}

/** True when the text is an IPv6 address already in ThreatConnect's form (`formatIPv6(text) === text`). One pass, no allocation. */
export function isThreatConnectIPv6(text: string): boolean {
  return typeof text === 'string' && isThreatConnectIPv6Network(text, 0, text.length, 128);
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
  groups: IPv6Groups;
  /** The ThreatConnect form (see `formatIPv6`). */
  formatted: string;
  /** True when the text is already in ThreatConnect's form. */
  ok: boolean;
}

/** Reads an IPv6 address and says how its text departs from ThreatConnect's form; undefined when it is not an address. */
export function inspectIPv6(text: string): IPv6Inspection | undefined {
  const scan = scanned(text);
  if (!scan) return undefined;
  const ok = isThreatConnectForm(scan);
  // written out, in formOf's key order: spreading a fresh object is a slow path in V8
  const inspection: IPv6Inspection = {
    groups: scan.groups,
    formatted: ok ? text : formatIPv6Groups(scan.groups),
    ok,
    compressed: scan.compressed,
    uppercase: scan.uppercase,
  };
  if (scan.ipv4Start >= 0) inspection.ipv4 = text.slice(scan.ipv4Start, scan.ipv4End);
  if (scan.zeroGroupStart >= 0) inspection.zeroGroup = text.slice(scan.zeroGroupStart, scan.zeroGroupEnd);
  if (scan.leadingStart >= 0) inspection.leadingZeros = text.slice(scan.leadingStart, scan.leadingEnd);
  return inspection;
}

/** The form facts of a successful scan of `text`, as strings. */
export function formOf(text: string, scan: IPv6Scan): IPv6Form {
  const form: IPv6Form = { compressed: scan.compressed, uppercase: scan.uppercase };
  if (scan.ipv4Start >= 0) form.ipv4 = text.slice(scan.ipv4Start, scan.ipv4End);
  if (scan.zeroGroupStart >= 0) form.zeroGroup = text.slice(scan.zeroGroupStart, scan.zeroGroupEnd);
  if (scan.leadingStart >= 0) form.leadingZeros = text.slice(scan.leadingStart, scan.leadingEnd);
  return form;
}
