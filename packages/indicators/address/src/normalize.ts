import { analyzeAddress } from './analyze-address.js';

/** What `normalizeAddress` found in a value. */
export interface AddressResult {
  /** True when the value is exactly in ThreatConnect's form: no rule of the plugin reports it. */
  ok: boolean;
  /** The address in ThreatConnect's form, when every problem found can be fixed. */
  value?: string;
  /** The address family, when the value holds an IP address. */
  family?: 4 | 6;
}

/**
 * An Address value in ThreatConnect's form, without the engine:
 * `normalizeAddress(' [2001:0DB8::1%eth0] ').value` is `2001:db8:0:0:0:0:0:1`.
 * Never throws (a non-string counts as empty); `value` is undefined when a
 * problem cannot be fixed safely. For the messages, check the value with the plugin.
 */
export function normalizeAddress(value: string): AddressResult {
  const analysis = analyzeAddress(value);
  const result: AddressResult = { ok: analysis.kind === 'address' && analysis.fixed === value };
  if (analysis.fixed !== undefined) result.value = analysis.fixed;
  if (analysis.family !== undefined) result.family = analysis.family;
  return result;
}
