import type { Detection } from '@tclint/core';
import { MAX_ADDRESS_LENGTH } from './ipv4.js';
import { analyzeBlock } from './normalize.js';

/**
 * An IP address with a prefix length is a CIDR block: confidently when it
 * is right or fixable, less so when a problem cannot be fixed. A bare
 * address is not (that is the Address type), nor is anything that is not
 * an address before the slash.
 */
export function detectCidr(value: string): Detection | undefined {
  if (typeof value === 'string' && !mayBeBlock(value)) return undefined;
  const { value: fixed, problems } = analyzeBlock(value);
  if (problems.some((p) => p.rule === 'not-a-block')) return undefined;
  if (fixed !== undefined) return { type: 'CIDR', confidence: 0.9 };
  // `1.5/10` is as likely a ratio or a version as a short-form IPv4 block
  if (problems.some((p) => p.messageId === 'octetCount')) return { type: 'CIDR', confidence: 0.3 };
  return { type: 'CIDR', confidence: 0.6 };
}

const SLASH = 0x2f;
const PERCENT = 0x25;

/**
 * False when the value is certainly no block (`normalizeCidr` would say
 * not-a-block), judged from at most its first 65 characters: a value that
 * starts with a printable character must have a `/` (or the `%` of a zone
 * id) after an address of at most 64 characters that any address reader
 * accepts. Most values of a mixed feed fail on their first few characters.
 */
function mayBeBlock(value: string): boolean {
  const first = value.charCodeAt(0);
  // leading whitespace (which the analysis trims) and the rest: let the analysis decide
  if (!(first > 0x20 && first < 0x7f)) return true;
  for (let i = 0; i <= MAX_ADDRESS_LENGTH; i++) {
    const c = value.charCodeAt(i);
    if (c === SLASH || c === PERCENT) return true;
    if (!isAddressChar(c)) return false;
  }
  return false;
}

/**
 * A character the address readers may accept: hex digits, `x` of a hex
 * octet, dots, colons, and the control characters U+0010..U+0019 (the IPv4
 * inspector compares `c | 0x20` with the hex digits). Past the end, NaN: no.
 */
function isAddressChar(c: number): boolean {
  if (c >= 0x30 && c <= 0x3a) return true; // 0-9 and ':'
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x66) || lower === 0x78 || c === 0x2e || (c >= 0x10 && c <= 0x19);
}
