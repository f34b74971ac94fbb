import { excerpt } from './excerpt.js';
import { parseIPv4Strict } from './ipv4.js';
import { parseIPv6 } from './ipv6.js';
import { prefixOfMask } from './mask.js';
import { prefixLeadingZerosProblem, problem, type CidrProblem } from './problems.js';

/**
 * Reads the text after the slash: a decimal prefix length (leading zeros
 * fixable), a netmask of the address's family (contiguous ones fixable), or
 * something else. `replace(n)` gives the value with the prefix written as
 * `n`. The prefix length is undefined when it cannot be known.
 */
export function readPrefix(value: string, written: string, family: 4 | 6, replace: (prefix: number) => string): { prefix?: number; problems: CidrProblem[] } {
  const shown = excerpt(value);
  const max = family === 4 ? 32 : 128;
  if (written === '') return { problems: [problem('prefix', 'missingLength', { value: shown, max: String(max) })] };
  const digits = decimalDigits(written);
  if (digits !== undefined) {
    if (digits.length > 3 || Number(digits) > max) {
      return { problems: [problem('prefix', 'outOfRange', { value: shown, prefix: excerpt(written), family: String(family), max: String(max) })] };
    }
    const prefix = Number(digits);
    return { prefix, problems: digits === written ? [] : [prefixLeadingZerosProblem(value, written, prefix, replace(prefix))] };
  }
  const mask = written.includes(family === 4 ? '.' : ':') ? (family === 4 ? parseIPv4Strict(written) : parseIPv6(written)) : undefined;
  if (!mask) return { problems: [problem('prefix', 'invalid', { value: shown, prefix: excerpt(written), max: String(max) })] };
  const prefix = prefixOfMask(mask, family === 4 ? 8 : 16);
  if (prefix === undefined) return { problems: [problem('netmask', 'nonContiguous', { value: shown, mask: written, max: String(max) })] };
  return { prefix, problems: [problem('netmask', 'netmask', { value: shown, mask: written, prefix: String(prefix) }, replace(prefix))] };
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
