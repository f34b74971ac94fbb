import type { IndicatorSubject, Settlement } from '@tclint/core';
import { inspectIPv6 } from '@tclint/ip';
import { IP } from './field.js';
import { isCleanAddress } from './is-clean.js';

/**
 * The fix the plugin's rules make of a bare IPv6 address that is not in
 * ThreatConnect's form, in one reading: address/embedded-ipv4 for a dotted
 * IPv4 tail, else address/ipv6-form, each writing the all-eight-groups form
 * in one pass. Anything around the address (whitespace, brackets, zone id,
 * port, prefix) is left to the rules.
 */
export function settleAddress(subject: IndicatorSubject, settings?: Readonly<Record<string, unknown>>): Settlement | undefined {
  const value = subject.values[IP];
  if (typeof value !== 'string' || value.indexOf(':') < 0) return undefined;
  const form = inspectIPv6(value);
  if (form === undefined || form.ok) return undefined;
  const fixed = { kind: 'indicator', type: subject.type, values: { ...subject.values, [IP]: form.formatted } } as const;
  if (!isCleanAddress(fixed, settings)) return undefined;
  return { changes: [{ rule: form.ipv4 === undefined ? 'ipv6-form' : 'embedded-ipv4', field: IP, value: form.formatted }] };
}
