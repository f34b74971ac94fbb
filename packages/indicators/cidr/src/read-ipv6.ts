import ipaddr from 'ipaddr.js';
import { MAX_ADDRESS_LENGTH, parseIPv4Strict } from './ipv4.js';
import type { IPv6Form } from './ipv6.js';

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ZEROS = /^0+$/;

/**
 * An IPv6 address read the slow way: split into groups for the form facts,
 * parsed by ipaddr.js for the value. The dotted IPv4 tail is checked
 * strictly and turned into two hex groups first: ipaddr.js reads
 * `::1.2.3.4` as `::ffff:1.2.3.4` and accepts `01.2.3.4`; Python, the
 * oracle for ThreatConnect's form, does neither.
 */
export function readIPv6(text: string): { groups: number[]; formatted: string; form?: IPv6Form } | undefined {
  if (text.length > MAX_ADDRESS_LENGTH) return undefined;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  let hexPart = text;
  let hexText = text;
  const form: IPv6Form = { compressed: text.includes('::'), uppercase: false };
  if (tail.includes('.')) {
    const octets = parseIPv4Strict(tail);
    if (!octets) return undefined;
    form.ipv4 = tail;
    hexPart = text.slice(0, lastColon + 1);
    hexText = `${hexPart}${((octets[0] << 8) | octets[1]).toString(16)}:${((octets[2] << 8) | octets[3]).toString(16)}`;
  }
  for (const group of hexPart.split(':')) {
    if (group === '') continue;
    if (!HEX_GROUP.test(group)) return undefined;
    if (group !== group.toLowerCase()) form.uppercase = true;
    if (group.length > 1 && group[0] === '0') {
      if (ZEROS.test(group)) form.zeroGroup ??= group;
      else form.leadingZeros ??= group;
    }
  }
  let parsed: ipaddr.IPv6;
  try {
    parsed = ipaddr.IPv6.parse(hexText);
  } catch {
    return undefined;
  }
  const groups = parsed.parts.slice();
  const formatted = parsed.toNormalizedString();
  const clean = !form.compressed && !form.uppercase && form.ipv4 === undefined && form.zeroGroup === undefined && form.leadingZeros === undefined;
  return clean ? { groups, formatted } : { groups, formatted, form };
}
