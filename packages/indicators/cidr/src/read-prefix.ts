import { parseIPv4, parseIPv6, prefixOfMask } from '@tclint/ip';
import type { PrefixIssue } from './block.js';

/**
 * Reads the text after the slash: a decimal prefix length (leading zeros
 * fixable), a netmask of the address's family (contiguous ones fixable), or
 * something else. The prefix length is undefined when it cannot be known.
 */
export function readPrefix(written: string, family: 4 | 6): { prefix?: number; issue?: PrefixIssue } {
  const max = family === 4 ? 32 : 128;
  if (written === '') return { issue: 'missingLength' };
  const digits = decimalDigits(written);
  if (digits !== undefined) {
    if (digits.length > 3 || Number(digits) > max) return { issue: 'outOfRange' };
    const prefix = Number(digits);
    return digits === written ? { prefix } : { prefix, issue: 'leadingZeros' };
  }
  const mask = written.includes(family === 4 ? '.' : ':') ? (family === 4 ? parseIPv4(written) : parseIPv6(written)) : undefined;
  if (!mask) return { issue: 'invalid' };
  const prefix = prefixOfMask(mask, family === 4 ? 8 : 16);
  return prefix === undefined ? { issue: 'nonContiguous' } : { prefix, issue: 'netmask' };
}

/** The digits of a plain decimal number without its leading zeros (`"0"` for all zeros), or undefined when it is not one. */
function decimalDigits(text: string): string | undefined {
  let firstSignificant = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    if (firstSignificant < 0 && c !== 48) firstSignificant = i;
  }
  return firstSignificant < 0 ? '0' : text.slice(firstSignificant);
}
