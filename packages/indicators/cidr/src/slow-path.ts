import { clearHostBits, formatIPv6Groups, inspectIPv4, readIPv6 } from '@tclint/ip';
import { ipv6FormOf, newBlock, type BlockAnalysis } from './block.js';
import { readPrefix } from './read-prefix.js';
import { splitBlock } from './split-block.js';

/**
 * Reads any value: cuts off surrounding whitespace, the prefix (or netmask)
 * and a zone id by hand, and parses the address with ipaddr.js (through
 * `readIPv6`). Independent of the fast path's scanner, so each checks the other.
 */
export function slowAnalyze(value: string): BlockAnalysis {
  const parts = splitBlock(value);
  if (!parts) return newBlock(value, 'empty', 0, 0, '', -1, '');
  const { address, start, end, slash } = parts;
  const v6 = address.includes(':') ? readIPv6(address) : undefined;
  const v4 = !address.includes(':') && address.includes('.') ? inspectIPv4(address) : undefined;
  const family = v6 ? 6 : v4 ? 4 : undefined;
  const block: BlockAnalysis = newBlock(value, 'block', start, end, address, slash, parts.prefix);
  block.zone = parts.zone;
  if (slash < 0) {
    block.kind = family === undefined ? 'notABlock' : 'missingPrefix';
    if (family !== undefined) block.family = family;
    return block;
  }
  if (family === undefined) {
    block.kind = 'badAddress';
    return block;
  }
  block.family = family;
  if (v4?.issues) block.ipv4 = v4.issues;
  if (v6 && !v6.ok) block.ipv6 = ipv6FormOf(v6, v6.formatted);
  const { prefix, issue } = readPrefix(parts.prefix, family);
  block.prefix = prefix;
  block.prefixIssue = issue;
  const words = v6?.groups ?? v4?.octets;
  if (!words || prefix === undefined) return block;
  const network = words.slice();
  const format = (w: number[]) => (family === 4 ? w.join('.') : formatIPv6Groups(w));
  if (clearHostBits(network, words.length, family === 4 ? 8 : 16, prefix)) block.network = format(network);
  const unfixable = block.zone !== undefined || issue === 'outOfRange' || issue === 'invalid' || issue === 'missingLength' || issue === 'nonContiguous';
  if (!unfixable) block.fixed = `${format(network)}/${prefix}`;
  return block;
}
