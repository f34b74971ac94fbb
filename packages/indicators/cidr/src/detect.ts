import type { Detection } from '@tclint/core';
import { analyzeBlock } from './normalize.js';

/**
 * An IP address with a prefix length is a CIDR block: confidently when it
 * is right or fixable, less so when a problem cannot be fixed. A bare
 * address is not (that is the Address type), nor is anything that is not
 * an address before the slash.
 */
export function detectCidr(value: string): Detection | undefined {
  const { value: fixed, problems } = analyzeBlock(value);
  if (problems.some((p) => p.rule === 'not-a-block')) return undefined;
  if (fixed !== undefined) return { type: 'CIDR', confidence: 0.9 };
  // `1.5/10` is as likely a ratio or a version as a short-form IPv4 block
  if (problems.some((p) => p.messageId === 'octetCount')) return { type: 'CIDR', confidence: 0.3 };
  return { type: 'CIDR', confidence: 0.6 };
}
