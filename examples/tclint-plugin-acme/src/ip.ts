import ipaddr from 'ipaddr.js';

// Addresses are read by ipaddr.js; only what it is lenient about (a dotted IPv4 tail, five-digit groups) is checked here first.
/** An IPv4 or IPv6 network: its address with the host bits cleared, and its prefix length. */
export interface IpBlock {
  version: 4 | 6;
  network: bigint;
  prefix: number;
}

/** The number of address bits of each IP version. */
export function bitsOf(version: 4 | 6): number {
  return version === 4 ? 32 : 128;
}

// 8 groups of 4 hex digits and 7 colons, or 6 groups and a dotted IPv4 tail.
const MAX_IPV6_LENGTH = 45;

/** An address, or an address with a prefix length, as written: host bits kept. */
export interface IpValue {
  version: 4 | 6;
  value: bigint;
  /** The prefix length; the full length (32 or 128) when none was written. */
  prefix: number;
  hasPrefix: boolean;
}

/**
 * Reads an address (`10.1.2.3`, `2001:db8::1`, `fe80::1%eth0`) or an address
 * with a prefix length (`10.0.0.0/8`, `2001:db8:0:0:0:0:0:0/32`). Lenient
 * about spelling the ThreatConnect format rules fix (IPv6 compression, case,
 * leading zeros in an IPv6 group or a prefix length, a zone id, surrounding
 * whitespace); strict about what could be read two ways (an IPv4 octet with a
 * leading zero may be octal). Anything else is undefined.
 */
export function parseIp(text: string): IpValue | undefined {
  const value = text.trim();
  const slash = value.indexOf('/');
  const address = slash === -1 ? value : value.slice(0, slash);
  const parsed = parseAddress(address);
  if (!parsed) return undefined;
  const bits = bitsOf(parsed.version);
  const prefix = slash === -1 ? bits : parsePrefix(value.slice(slash + 1), bits);
  if (prefix === undefined) return undefined;
  return { ...parsed, prefix, hasPrefix: slash !== -1 };
}

/** Reads an address or block as `parseIp` does, as the network it names (host bits cleared). */
export function parseBlock(text: string): IpBlock | undefined {
  const ip = parseIp(text);
  return ip && { version: ip.version, network: maskTo(ip.value, ip.prefix, bitsOf(ip.version)), prefix: ip.prefix };
}

/** Reads one address, IPv4 dotted decimal or IPv6 (a zone id is ignored). */
export function parseAddress(text: string): { version: 4 | 6; value: bigint } | undefined {
  if (text.includes(':')) {
    const percent = text.indexOf('%');
    if (percent !== -1 && !isZoneId(text, percent + 1)) return undefined;
    const value = parseIpv6(percent === -1 ? text : text.slice(0, percent));
    return value === undefined ? undefined : { version: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { version: 4, value: BigInt(value) };
}

/** The address with every bit after the first `prefix` cleared. */
export function maskTo(value: bigint, prefix: number, bits: number): bigint {
  const hostBits = BigInt(bits - prefix);
  return (value >> hostBits) << hostBits;
}

/** Whether `inner` lies entirely within `outer` (same version, at least as long a prefix, same leading bits). */
export function within(inner: IpBlock, outer: IpBlock): boolean {
  if (inner.version !== outer.version || inner.prefix < outer.prefix) return false;
  return maskTo(inner.network, outer.prefix, bitsOf(inner.version)) === outer.network;
}

/**
 * Whether an IPv6 address or block lies in ::ffff:0:0/96, where IPv4
 * addresses are written as IPv6 (`::ffff:10.1.2.3`).
 */
export function isIpv4Mapped(ip: { version: 4 | 6; prefix: number }, value: bigint): boolean {
  return ip.version === 6 && ip.prefix >= 96 && value >> 32n === 0xffffn;
}

/** `::ffff:10.1.2.3/128` -> `10.1.2.3/32`; any other block as it is. */
export function unmapIpv4(block: IpBlock): IpBlock {
  if (!isIpv4Mapped(block, block.network)) return block;
  return { version: 4, network: block.network & 0xffffffffn, prefix: block.prefix - 96 };
}

/** An IPv4 block as people write it (`10.0.0.0/8`), IPv6 in ThreatConnect's uncompressed form. */
export function formatBlock(block: IpBlock): string {
  return `${formatAddress(block.version, block.network)}/${block.prefix}`;
}

/** An address as people write it (`10.1.2.3`), IPv6 in ThreatConnect's uncompressed form. */
export function formatAddress(version: 4 | 6, value: bigint): string {
  const parts: string[] = [];
  const count = version === 4 ? 4 : 8;
  const width = version === 4 ? 8n : 16n;
  const mask = (1n << width) - 1n;
  for (let i = count - 1; i >= 0; i--) {
    const part = (value >> (BigInt(i) * width)) & mask;
    parts.push(version === 4 ? part.toString(10) : part.toString(16));
  }
  return parts.join(version === 4 ? '.' : ':');
}

function parsePrefix(text: string, bits: number): number | undefined {
  if (text.length === 0 || text.length > 3 || !isDigits(text)) return undefined;
  const prefix = Number(text);
  return prefix <= bits ? prefix : undefined;
}

function parseIpv4(text: string): number | undefined {
  // four decimal parts without leading zeros: `010.0.0.1` may be octal
  if (!ipaddr.IPv4.isValidFourPartDecimal(text)) return undefined;
  return ipaddr.IPv4.parse(text).octets.reduce((value, octet) => value * 256 + octet, 0);
}

function parseIpv6(text: string): bigint | undefined {
  if (text.length > MAX_IPV6_LENGTH || !hasShortGroups(text)) return undefined;
  // ipaddr.js is lenient about a dotted IPv4 tail; read it strictly, as two hex groups
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  let hex = text;
  if (tail.includes('.')) {
    const ipv4 = parseIpv4(tail);
    if (ipv4 === undefined) return undefined;
    hex = `${text.slice(0, lastColon + 1)}${Math.floor(ipv4 / 65536).toString(16)}:${(ipv4 % 65536).toString(16)}`;
  }
  if (!ipaddr.IPv6.isValid(hex) || hex.includes('%')) return undefined;
  let value = 0n;
  for (const part of ipaddr.IPv6.parse(hex).parts) value = (value << 16n) | BigInt(part);
  return value;
}

/** Hex groups of at most four digits (ipaddr.js reads `00001` as a group), a dotted part only last. */
function hasShortGroups(text: string): boolean {
  const parts = text.split(':');
  return parts.every((part, i) => (part.includes('.') ? i === parts.length - 1 : part.length <= 4 && isHex(part)));
}

/** A zone id (`eth0`, `1`), as Node's `net.isIPv6` accepts it: letters, digits, `-`, `.` and `:`. */
function isZoneId(text: string, start: number): boolean {
  if (start >= text.length) return false;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '-' || c === '.' || c === ':')) return false;
  }
  return true;
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function isHex(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}
