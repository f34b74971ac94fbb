import { scanIPv4Strict } from './ipv4.js';
import { formatIPv6Groups, formOf, isThreatConnectForm, newIPv6Scan, scanIPv6 } from './ipv6.js';
import { clearHostBits } from './mask.js';
import { hostBitsProblem, ipv6FormProblem, prefixLeadingZerosProblem, type CidrProblem } from './problems.js';
import { NO_PROBLEMS, type CidrResult } from './result.js';

/** Longest value the fast path reads: a 45-character IPv6 address, a slash and three digits, with room to spare. */
const MAX_LENGTH = 60;

const scan = newIPv6Scan();
const octets = new Uint16Array(4);

/**
 * The common case in one pass: `<address>/<decimal prefix>` with a strict
 * IPv4 address or an IPv6 address in any standard text form, and nothing
 * else (no whitespace, zone id, netmask, out-of-range prefix). Returns
 * undefined for everything else, which the slow path reads; for what it does
 * accept it returns exactly what the slow path would (a differential test
 * holds it to that).
 */
export function fastNormalize(value: string): CidrResult | undefined {
  const length = value.length;
  if (length > MAX_LENGTH) return undefined;
  const slash = value.indexOf('/');
  if (slash <= 0) return undefined;
  const prefixDigits = length - slash - 1;
  if (prefixDigits < 1 || prefixDigits > 3) return undefined;
  let prefix = 0;
  for (let i = slash + 1; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    prefix = prefix * 10 + (c - 48);
  }
  const paddedPrefix = prefixDigits > 1 && value.charCodeAt(slash + 1) === 48;
  if (value.indexOf(':') >= 0) {
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

function ipv6Result(value: string, slash: number, prefix: number, paddedPrefix: boolean): CidrResult {
  const groups = scan.groups;
  const formOk = isThreatConnectForm(scan);
  const expected = formOk ? undefined : formatIPv6Groups(groups);
  const form = formOk ? undefined : formOf(value, scan);
  const hostBits = clearHostBits(groups, 8, 16, prefix);
  if (formOk && !hostBits && !paddedPrefix) return { ok: true, value, family: 6, problems: NO_PROBLEMS };
  const address = value.slice(0, slash);
  const network = hostBits ? formatIPv6Groups(groups) : (expected ?? address);
  const problems: CidrProblem[] = [];
  if (form) problems.push(ipv6FormProblem(value, address, expected!, form, expected + value.slice(slash)));
  if (paddedPrefix) problems.push(prefixLeadingZerosProblem(value, value.slice(slash + 1), prefix, `${value.slice(0, slash + 1)}${prefix}`));
  if (hostBits) problems.push(hostBitsProblem(value, address, network, prefix, network + value.slice(slash)));
  return { ok: false, value: `${network}/${prefix}`, family: 6, problems };
}
