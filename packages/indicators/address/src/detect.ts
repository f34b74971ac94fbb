import type { Detection } from '@tclint/core';
import { analyzeAddress } from './analyze.js';

/** How sure `detectAddress` is of an IP address, right or fixable. */
export const ADDRESS_CONFIDENCE = 0.9;
const MAX_DETECTED = 256;

/**
 * An IPv4 or IPv6 address without a prefix length is an Address: confidently
 * when it is right or fixable (brackets, zone id, IPv6 form, whitespace),
 * less so with a port or an IPv4 problem no rule fixes (`010.0.0.1`), and
 * only as a guess for short dotted forms (`10.1`, `1.2.3.4.5`), which are as
 * likely versions. A value with a prefix length is CIDR's; a bare number is
 * not claimed (it could be anything).
 */
export function detectAddress(value: string): Detection | undefined {
  if (typeof value !== 'string' || value.length > MAX_DETECTED) return undefined;
  const { family, problems } = analyzeAddress(value);
  if (family === undefined || problems.some((p) => p.rule === 'prefix')) return undefined;
  if (problems.some((p) => p.messageId === 'octetCount')) return { type: 'Address', confidence: 0.3 };
  if (problems.some((p) => p.fix === undefined)) return { type: 'Address', confidence: 0.6 };
  return { type: 'Address', confidence: ADDRESS_CONFIDENCE };
}
