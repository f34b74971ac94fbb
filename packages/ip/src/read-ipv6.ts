import ipaddr from 'ipaddr.js';
import { MAX_ADDRESS_LENGTH } from './inspect-ipv4.js';
import { parseIPv4 } from './ipv4.js';
import type { IPv6Inspection } from './ipv6.js';

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ZEROS = /^0+$/;

/**
 * `inspectIPv6` read another way, for values off the common path and as a
 * check on the scanner: split into groups for the form facts, parsed by
 * ipaddr.js for the value. The dotted IPv4 tail is checked strictly and
 * turned into two hex groups first: ipaddr.js reads `::1.2.3.4` as
 * `::ffff:1.2.3.4` and accepts `01.2.3.4`; Python, the oracle for
 * ThreatConnect's form, does neither. Undefined when it is not an address.
 */
export function readIPv6(text: string): IPv6Inspection | undefined {
  if (typeof text !== 'string' || text.length > MAX_ADDRESS_LENGTH) return undefined;
  const lastColon = text.lastIndexOf(':');
  if (lastColon < 0) return undefined;
  const tail = text.slice(lastColon + 1);
  let hexPart = text;
  let hexText = text;
  let ipv4: string | undefined;
  if (tail.includes('.')) {
    const octets = parseIPv4(tail);
    if (!octets) return undefined;
    ipv4 = tail;
    hexPart = text.slice(0, lastColon + 1);
    hexText = `${hexPart}${((octets[0] << 8) | octets[1]).toString(16)}:${((octets[2] << 8) | octets[3]).toString(16)}`;
  }
  let uppercase = false;
  let zeroGroup: string | undefined;
  let leadingZeros: string | undefined;
  for (const group of hexPart.split(':')) {
    if (group === '') continue;
    if (!HEX_GROUP.test(group)) return undefined;
    if (group !== group.toLowerCase()) uppercase = true;
    if (group.length > 1 && group[0] === '0') {
      if (ZEROS.test(group)) zeroGroup ??= group;
      else leadingZeros ??= group;
    }
  }
  let parsed: ipaddr.IPv6;
  try {
    parsed = ipaddr.IPv6.parse(hexText);
  } catch {
    return undefined;
  }
  const compressed = text.includes('::');
  const ok = !compressed && !uppercase && ipv4 === undefined && zeroGroup === undefined && leadingZeros === undefined;
  const inspection: IPv6Inspection = { groups: parsed.parts.slice(), formatted: ok ? text : parsed.toNormalizedString(), ok, compressed, uppercase };
  if (ipv4 !== undefined) inspection.ipv4 = ipv4;
  if (zeroGroup !== undefined) inspection.zeroGroup = zeroGroup;
  if (leadingZeros !== undefined) inspection.leadingZeros = leadingZeros;
  return inspection;
}
