import { clearHostBits, formatIPv6Groups, formOf, isThreatConnectForm, newIPv6Scan, scanIPv4, scanIPv6, type IPv6Scan } from '@tclint/ip';
import { ipv6FormOf, newBlock, type BlockAnalysis } from './block.js';

/** Longest value the fast path reads: a 45-character IPv6 address, a slash and three digits, with room to spare. */
const MAX_LENGTH = 60;
const SLASH = 47;
const COLON = 58;

/** A block in a common notation as read, before any string is made: the slash, the prefix, and the scanned address. */
export interface CommonBlock {
  slash: number;
  prefix: number;
  /** The prefix is written with leading zeros. */
  padded: boolean;
  /** The IPv6 address's scan (its groups and how its text departs from ThreatConnect's form); undefined for IPv4. */
  ipv6: IPv6Scan | undefined;
  /** The IPv4 address's octets; undefined for IPv6. */
  octets: number[] | undefined;
}

/**
 * The common case in one pass: `<address>/<decimal prefix>` with a strict
 * IPv4 address or an IPv6 address in any standard text form, and nothing
 * else (no whitespace, zone id, netmask, out-of-range prefix). Returns
 * undefined for everything else.
 */
export function readCommonBlock(value: string): CommonBlock | undefined {
  const length = value.length;
  if (length > MAX_LENGTH) return undefined;
  // the prefix is the one to three digits at the end; a second slash is in the address, which no scanner accepts
  const slash = length > 2 && value.charCodeAt(length - 2) === SLASH ? length - 2 : length > 3 && value.charCodeAt(length - 3) === SLASH ? length - 3 : length > 4 && value.charCodeAt(length - 4) === SLASH ? length - 4 : -1;
  if (slash < 0) return undefined;
  let prefix = 0;
  for (let i = slash + 1; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    prefix = prefix * 10 + (c - 48);
  }
  const padded = length - slash > 2 && value.charCodeAt(slash + 1) === 48;
  // an IPv6 address has a colon within its first five characters, a strict IPv4 address none at all
  if (hasColonNearStart(value, slash)) {
    if (prefix > 128) return undefined;
    const scan = newIPv6Scan();
    return scanIPv6(value, 0, slash, scan) ? { slash, prefix, padded, ipv6: scan, octets: undefined } : undefined;
  }
  if (prefix > 32) return undefined;
  const octets = [0, 0, 0, 0];
  return scanIPv4(value, 0, slash, octets) ? { slash, prefix, padded, ipv6: undefined, octets } : undefined;
}

/**
 * `readCommonBlock` as the rules' analysis; for what it accepts it returns
 * exactly what the slow path would (a differential test holds it to that).
 */
export function fastAnalyze(value: string): BlockAnalysis | undefined {
  const read = readCommonBlock(value);
  if (read === undefined) return undefined;
  const { slash, prefix, padded } = read;
  if (read.ipv6 !== undefined) return ipv6Block(value, slash, prefix, padded, read.ipv6);
  const octets = read.octets!;
  const block = newBlock(value, 'block', 0, value.length, value.slice(0, slash), slash, value.slice(slash + 1));
  block.family = 4;
  block.prefix = prefix;
  if (padded) block.prefixIssue = 'leadingZeros';
  if (clearHostBits(octets, 4, 8, prefix)) block.network = octets.join('.');
  block.fixed = padded || block.network !== undefined ? `${block.network ?? block.address}/${prefix}` : value;
  return block;
}

function hasColonNearStart(value: string, end: number): boolean {
  const limit = end < 5 ? end : 5;
  for (let i = 0; i < limit; i++) if (value.charCodeAt(i) === COLON) return true;
  return false;
}

function ipv6Block(value: string, slash: number, prefix: number, padded: boolean, scan: IPv6Scan): BlockAnalysis {
  const block = newBlock(value, 'block', 0, value.length, value.slice(0, slash), slash, value.slice(slash + 1));
  block.family = 6;
  block.prefix = prefix;
  const formOk = isThreatConnectForm(scan);
  // formatted before the host bits are cleared: the ipv6-form fix keeps them (host-bits fixes them)
  if (!formOk) block.ipv6 = ipv6FormOf(formOf(value, scan), formatIPv6Groups(scan.groups));
  if (padded) block.prefixIssue = 'leadingZeros';
  if (clearHostBits(scan.groups, 8, 16, prefix)) block.network = formatIPv6Groups(scan.groups);
  block.fixed = formOk && !padded && block.network === undefined ? value : `${block.network ?? block.ipv6?.formatted ?? block.address}/${prefix}`;
  return block;
}
