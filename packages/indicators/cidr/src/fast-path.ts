import { scanIPv4Strict } from './ipv4.js';
import { formatIPv6Groups, formOf, isThreatConnectForm, newIPv6Scan, scanIPv6 } from './ipv6.js';
import { clearHostBits } from './mask.js';
import { hostBitsProblem, ipv6FormProblem, prefixLeadingZerosProblem, type CidrProblem } from './problems.js';
import { NO_PROBLEMS, type CidrResult } from './result.js';

/** Longest value the fast path reads: a 45-character IPv6 address, a slash and three digits, with room to spare. */
const MAX_LENGTH = 60;
const SLASH = 47;
const COLON = 58;

const scan = newIPv6Scan();
const octets = new Uint16Array(4);

/**
 * The common case in one pass: `<address>/<decimal prefix>` with a strict
 * IPv4 address or an IPv6 address in any standard text form, and nothing
 * else (no whitespace, zone id, netmask, out-of-range prefix). Returns
 * undefined for everything else, which the slow path reads; for what it does
 * accept it returns exactly what the slow path would (a differential test
 * holds it to that). A block already in ThreatConnect's form costs one scan
 * and the result object.
 */
export function fastNormalize(value: string): CidrResult | undefined {
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
  const paddedPrefix = length - slash > 2 && value.charCodeAt(slash + 1) === 48;
  // an IPv6 address has a colon within its first five characters, a strict IPv4 address none at all
  if (hasColonNearStart(value, slash)) {
    if (prefix > 128 || !scanIPv6(value, 0, slash, scan)) return undefined;
    return ipv6Result(value, slash, prefix, paddedPrefix);
  }
  if (prefix > 32 || !scanIPv4Strict(value, 0, slash, octets)) return undefined;
  const hostBits = clearHostBits(octets, 4, 8, prefix);
  if (!hostBits && !paddedPrefix) return { ok: true, value, family: 4, problems: NO_PROBLEMS };
  const address = value.slice(0, slash);
  const network = hostBits ? octets.join('.') : address;
  const problems: CidrProblem[] = [];
  if (paddedPrefix) problems.push(prefixLeadingZerosProblem(value, value.slice(slash + 1), prefix, `${value.slice(0, slash + 1)}${prefix}`));
  if (hostBits) problems.push(hostBitsProblem(value, address, network, prefix, network + value.slice(slash)));
  return { ok: false, value: `${network}/${prefix}`, family: 4, problems };
}

function hasColonNearStart(value: string, end: number): boolean {
  const limit = end < 5 ? end : 5;
  for (let i = 0; i < limit; i++) if (value.charCodeAt(i) === COLON) return true;
  return false;
}

function ipv6Result(value: string, slash: number, prefix: number, paddedPrefix: boolean): CidrResult {
  const groups = scan.groups;
  const formOk = isThreatConnectForm(scan);
  // formatted before the host bits are cleared: the ipv6-form fix keeps them (host-bits fixes them)
  const expected = formOk ? undefined : formatIPv6Groups(groups);
  const hostBits = clearHostBits(groups, 8, 16, prefix);
  if (formOk && !hostBits && !paddedPrefix) return { ok: true, value, family: 6, problems: NO_PROBLEMS };
  const address = value.slice(0, slash);
  const network = hostBits ? formatIPv6Groups(groups) : (expected ?? address);
  const problems: CidrProblem[] = [];
  if (expected !== undefined) problems.push(ipv6FormProblem(value, address, expected, formOf(value, scan), expected + value.slice(slash)));
  if (paddedPrefix) problems.push(prefixLeadingZerosProblem(value, value.slice(slash + 1), prefix, `${value.slice(0, slash + 1)}${prefix}`));
  if (hostBits) problems.push(hostBitsProblem(value, address, network, prefix, network + value.slice(slash)));
  return { ok: false, value: `${network}/${prefix}`, family: 6, problems };
}
