import ipaddr from 'ipaddr.js';
import { excerpt } from './excerpt.js';
import { inspectIPv4, type IPv4Issues } from './ipv4.js';
import { formatIPv6Groups } from './ipv6.js';
import { clearHostBits } from './mask.js';
import { hostBitsProblem, ipv6FormProblem, problem, type CidrProblem } from './problems.js';
import { readIPv6 } from './read-ipv6.js';
import { readPrefix } from './read-prefix.js';
import type { CidrResult } from './result.js';
import { splitBlock } from './split-block.js';

/**
 * Reads any value: cuts off surrounding whitespace, the prefix (or netmask)
 * and a zone id by hand, parses the address with ipaddr.js, and reports
 * every problem the plugin's rules know. Independent of the fast path's
 * scanner, so each checks the other.
 */
export function slowNormalize(value: string): CidrResult {
  const parts = splitBlock(value);
  if (!parts) return { ok: false, problems: [problem('not-a-block', 'empty', {})] };
  const { address, start, end, slash } = parts;
  const shown = excerpt(value);
  const v6 = address.includes(':') ? readIPv6(address) : undefined;
  const v4 = !address.includes(':') && address.includes('.') ? inspectIPv4(address) : undefined;
  const family = v6 ? 6 : v4 ? 4 : undefined;
  if (slash < 0) {
    if (family === undefined) return { ok: false, problems: [problem('not-a-block', 'notABlock', { value: shown })] };
    return { ok: false, family, problems: [problem('not-a-block', 'missingPrefix', { value: shown, max: family === 4 ? '32' : '128' })] };
  }
  if (family === undefined) return { ok: false, problems: [problem('not-a-block', 'badAddress', { value: shown, address: excerpt(address) })] };

  const problems: CidrProblem[] = [];
  const replaceAddress = (text: string) => value.slice(0, start) + text + value.slice(start + address.length);
  if (start > 0 || end < value.length) problems.push(problem('whitespace', 'surroundingWhitespace', { value: shown, fixed: excerpt(parts.core) }, parts.core));
  if (parts.zone !== undefined) problems.push(problem('zone-id', 'zoneId', { value: shown, address, zone: excerpt(parts.zone) }));
  if (v4?.issues) problems.push(...ipv4Problems(shown, address, v4.issues));
  if (v6?.form) problems.push(ipv6FormProblem(value, address, v6.formatted, v6.form, replaceAddress(v6.formatted)));
  const { prefix, problems: prefixProblems } = readPrefix(value, parts.prefix, family, (n) => `${value.slice(0, slash + 1)}${n}${value.slice(end)}`);
  problems.push(...prefixProblems);

  const words = v6?.groups ?? (v4?.octets && ipaddr.IPv4.parse(address).octets);
  if (!words || prefix === undefined) return { ok: false, family, problems };
  const network = words.slice();
  const format = (w: number[]) => (family === 4 ? w.join('.') : formatIPv6Groups(w));
  if (clearHostBits(network, words.length, family === 4 ? 8 : 16, prefix)) {
    problems.push(hostBitsProblem(value, address, format(network), prefix, replaceAddress(format(network))));
  }
  if (problems.some((p) => p.fix === undefined)) return { ok: false, family, problems };
  return { ok: problems.length === 0, value: `${format(network)}/${prefix}`, family, problems };
}

function ipv4Problems(value: string, address: string, issues: IPv4Issues): CidrProblem[] {
  const found: CidrProblem[] = [];
  if (issues.count !== undefined) found.push(problem('ipv4-form', 'octetCount', { value, address, count: String(issues.count) }));
  if (issues.hexOctet !== undefined) found.push(problem('ipv4-form', 'hexOctet', { value, address, octet: issues.hexOctet }));
  if (issues.leadingZeros !== undefined) found.push(problem('ipv4-form', 'leadingZeros', { value, address, octet: issues.leadingZeros }));
  if (issues.octetRange !== undefined) found.push(problem('ipv4-form', 'octetRange', { value, address, octet: issues.octetRange }));
  return found;
}
