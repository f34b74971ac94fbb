import { analyzeBlock } from './analyze-block.js';

/** What `normalizeCidr` found in a value. */
export interface CidrResult {
  /** True when the value is exactly in ThreatConnect's form: no rule of the plugin reports it. */
  ok: boolean;
  /**
   * The block in ThreatConnect's form (network address, all eight lowercase
   * IPv6 groups, decimal prefix), when every problem found can be fixed.
   */
  value?: string;
  /** The address family, when the address is recognizable. */
  family?: 4 | 6;
}

/**
 * A CIDR block in ThreatConnect's form, without the engine:
 * `normalizeCidr('2001:0DB8::/32')` gives `{ ok: false, value: '2001:db8:0:0:0:0:0:0/32', family: 6 }`.
 * Never throws (a non-string counts as empty); `value` is undefined when a
 * problem cannot be fixed safely. For the messages, check the value with the plugin.
 */
export function normalizeCidr(value: string): CidrResult {
  const block = analyzeBlock(value);
  const result: CidrResult = { ok: block.kind === 'block' && block.fixed === value };
  if (block.kind === 'block' && block.fixed !== undefined) result.value = block.fixed;
  if (block.family !== undefined) result.family = block.family;
  return result;
}
