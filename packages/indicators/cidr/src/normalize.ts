import { fastNormalize } from './fast-path.js';
import type { CidrResult } from './result.js';
import { slowNormalize } from './slow-path.js';

/**
 * Checks a CIDR block against ThreatConnect's rules and computes its
 * ThreatConnect form: `normalizeCidr('2001:0DB8::/32')` gives
 * `{ ok: false, value: '2001:db8:0:0:0:0:0:0/32', family: 6, problems: [ipv6-form] }`.
 * Never throws (a non-string counts as empty); `value` is undefined when a
 * problem cannot be fixed safely.
 */
export function normalizeCidr(value: string): CidrResult {
  if (typeof value !== 'string') return slowNormalize('');
  return fastNormalize(value) ?? slowNormalize(value);
}

let lastValue: string | undefined;
let lastResult: CidrResult | undefined;

/**
 * `normalizeCidr` remembering its last answer: the plugin's rules all look
 * at the same value in turn, so it is read once, not once per rule.
 */
export function analyzeBlock(value: string): CidrResult {
  if (value !== lastValue || lastResult === undefined) {
    lastResult = normalizeCidr(value);
    lastValue = value;
  }
  return lastResult;
}
