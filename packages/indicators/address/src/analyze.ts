import { preview } from '@tclint/core';
import { inspectIPv6, normalizeCidr, parseIPv4Strict, type IPv6Inspection } from '@tclint/indicator-cidr';
import { hintFor } from './hint.js';
import { problem, type AddressProblem } from './problems.js';
import { splitAddress, type AddressParts } from './split-address.js';

/** What `normalizeAddress` found in a value. */
export interface AddressAnalysis {
  /** True when the value is exactly in ThreatConnect's form. */
  ok: boolean;
  /** The address in ThreatConnect's form, when every problem found can be fixed. */
  value?: string;
  /** The address family, when the value holds an IP address. */
  family?: 4 | 6;
  /** Every problem, in the order the plugin's rules report them. */
  problems: readonly AddressProblem[];
}

/** Longest address text worth reading: an IPv6 address with an IPv4 tail is 45 characters. */
const MAX_ADDRESS_LENGTH = 64;

/**
 * Checks an Address value against ThreatConnect's rules: strict dotted-decimal
 * IPv4, IPv6 in ThreatConnect's all-eight-groups form (the CIDR package's
 * formatter), no zone id, brackets, port or prefix length, no surrounding
 * whitespace. `normalizeAddress(' [2001:0DB8::1%eth0] ').value` is
 * `2001:db8:0:0:0:0:0:1`. Never throws (a non-string counts as empty).
 */
export function normalizeAddress(value: string): AddressAnalysis {
  const text = typeof value === 'string' ? value : '';
  const parts = splitAddress(text);
  if (!parts) return { ok: false, problems: [problem('not-an-address', 'empty', {})] };
  const { address } = parts;
  const v6 = address.includes(':') ? inspectIPv6(address) : undefined;
  const v4 = v6 || address.includes(':') ? undefined : readIPv4(address);
  if (parts.malformed || (!v6 && !v4) || (parts.portColon >= 0 && !isDecimal(parts.port))) {
    return { ok: false, problems: [problem('not-an-address', 'notAnAddress', { value: preview(text), hint: hintFor(text.slice(parts.start, parts.end)) })] };
  }
  const family = v6 ? 6 : 4;
  // an address already in ThreatConnect's form (the common case) needs no message data, so no preview of it
  const clean = parts.start === 0 && parts.end === text.length && parts.open < 0 && parts.percent < 0 && parts.slash < 0 && parts.portColon < 0 && !v4?.issues && !(v6 && !v6.ok);
  if (clean) return { ok: true, value: v6 ? v6.formatted : address, family, problems: [] };
  const shown = preview(text);
  const problems: AddressProblem[] = [];
  if (parts.start > 0 || parts.end < text.length) {
    const fixed = text.slice(parts.start, parts.end);
    problems.push(problem('whitespace', 'surroundingWhitespace', { value: shown, fixed: preview(fixed) }, fixed));
  }
  if (parts.open >= 0 && parts.portColon < 0) {
    const fixed = text.slice(0, parts.open) + text.slice(parts.open + 1, parts.close) + text.slice(parts.close + 1);
    problems.push(problem('brackets', 'brackets', { value: shown, fixed: preview(fixed) }, fixed));
  }
  if (parts.percent >= 0) {
    const fixed = text.slice(0, parts.percent) + text.slice(parts.zoneEnd);
    problems.push(problem('zone-id', 'zoneId', { value: shown, zone: preview(`%${parts.zone}`), fixed: preview(fixed) }, fixed));
  }
  if (parts.slash >= 0) problems.push(prefixProblem(text, shown, parts, family));
  if (parts.portColon >= 0) problems.push(problem('port', 'port', { value: shown, port: preview(parts.port), address: preview(address) }));
  if (v4?.issues) problems.push(...v4.issues.map((p) => problem('ipv4-form', p.messageId as 'octetCount', quoted(p.data, shown, preview(address)))));
  if (v6 && !v6.ok) problems.push(ipv6FormProblem(text, shown, parts, v6));
  if (problems.some((p) => p.fix === undefined)) return { ok: false, family, problems };
  return { ok: problems.length === 0, value: v6 ? v6.formatted : address, family, problems };
}

/** A strict IPv4 address, or what is wrong with an IPv4-looking one (the CIDR package's diagnosis); undefined when it is not one. */
function readIPv4(address: string): { issues?: { messageId: string; data: Record<string, string> }[] } | undefined {
  if (parseIPv4Strict(address)) return {};
  if (address.length > MAX_ADDRESS_LENGTH || !address.includes('.')) return undefined;
  const issues = normalizeCidr(`${address}/32`).problems.filter((p) => p.rule === 'ipv4-form');
  return issues.length ? { issues } : undefined;
}

function prefixProblem(text: string, shown: string, parts: AddressParts, family: 4 | 6): AddressProblem {
  const written = parts.prefix;
  const max = family === 4 ? 32 : 128;
  if (isDecimal(written) && written.length <= 3) {
    const prefix = Number(written);
    if (prefix === max) {
      const fixed = text.slice(0, parts.slash) + text.slice(parts.end);
      return problem('prefix', 'singleAddressBlock', { value: shown, prefix: written, fixed: preview(fixed) }, fixed);
    }
    if (prefix < max) return problem('prefix', 'cidrBlock', { value: shown, prefix: written });
  }
  return problem('prefix', 'slashSuffix', { value: shown, suffix: preview(`/${written}`) });
}

function ipv6FormProblem(text: string, shown: string, parts: AddressParts, v6: IPv6Inspection): AddressProblem {
  // named after the most telling departure (in this order), the others listed in `also`
  let messageId: 'compressed' | 'embeddedIPv4' | 'zeroGroups' | 'leadingZeros' | 'uppercase' | undefined;
  let others = '';
  if (v6.compressed) messageId = 'compressed';
  if (v6.ipv4 !== undefined) {
    if (messageId === undefined) messageId = 'embeddedIPv4';
    else others += `, dotted IPv4 "${v6.ipv4}"`;
  }
  if (v6.zeroGroup !== undefined) {
    if (messageId === undefined) messageId = 'zeroGroups';
    else others += `, zero group "${v6.zeroGroup}"`;
  }
  if (v6.leadingZeros !== undefined) {
    if (messageId === undefined) messageId = 'leadingZeros';
    else others += `, leading zeros in "${v6.leadingZeros}"`;
  }
  if (v6.uppercase) {
    if (messageId === undefined) messageId = 'uppercase';
    else others += ', uppercase hex';
  }
  const address = preview(parts.address);
  const expected = v6.formatted;
  const also = others === '' ? '' : ` (also: ${others.slice(2)})`;
  let data: Record<string, string>;
  if (messageId === 'embeddedIPv4') data = { value: shown, address, expected, also, ipv4: preview(v6.ipv4!) };
  else if (messageId === 'zeroGroups') data = { value: shown, address, expected, also, group: preview(v6.zeroGroup!) };
  else if (messageId === 'leadingZeros') data = { value: shown, address, expected, also, group: preview(v6.leadingZeros!) };
  else data = { value: shown, address, expected, also };
  const fixed = text.slice(0, parts.addressStart) + v6.formatted + text.slice(parts.addressEnd);
  return problem('ipv6-form', messageId!, data, fixed);
}

function isDecimal(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The message data of an IPv4 problem: the value, the address, and the CIDR package's diagnosis (`octet`, `count`), octets quoted for this package's messages. */
function quoted(data: Record<string, string>, value: string, address: string): Record<string, string> {
  const out: Record<string, string> = { value, address };
  if (data.octet !== undefined) out.octet = preview(data.octet);
  if (data.count !== undefined) out.count = data.count;
  return out;
}

let last: { value: string; result: AddressAnalysis } | undefined;

/** `normalizeAddress` remembering its last answer: the plugin's rules all look at the same value in turn. */
export function analyzeAddress(value: string): AddressAnalysis {
  if (last?.value === value) return last.result;
  const result = normalizeAddress(value);
  last = { value, result };
  return result;
}
