import { scanIPv4 } from './ipv4.js';
import { newIPv6Scan, scanIPv6 } from './ipv6-scan.js';

/** 4 for a strict dotted-decimal IPv4 address, 6 for an IPv6 address in any RFC 4291 text form, else undefined. */
export function ipVersion(text: string): 4 | 6 | undefined {
  if (typeof text !== 'string') return undefined;
  if (text.includes(':')) return scanIPv6(text, 0, text.length, newIPv6Scan()) ? 6 : undefined;
  return scanIPv4(text, 0, text.length) ? 4 : undefined;
}
