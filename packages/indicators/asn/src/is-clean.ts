import type { IndicatorSubject } from '@tclint/core';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { AS_NUMBER } from './field.js';
import { MAX_THREATCONNECT_ASN } from './platform-limit.js';
import { reservedRange } from './reserved-ranges.js';

/**
 * True when an ASN indicator is already `ASN<n>` (upper-case prefix, no
 * space, no leading zero, at most 499999999, ThreatConnect's limit) and `n`
 * is not a special-purpose number: then no rule of the package reports it,
 * and the engine need not run them. One pass over the value (and, with a
 * user's own indicatorTypes reply, its pattern).
 */
export function isCleanAsn(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>> = {}): boolean {
  const value = subject.values[AS_NUMBER];
  if (value === undefined || value.length < 4 || value.length > 12) return false;
  if (value.charCodeAt(0) !== 0x41 || value.charCodeAt(1) !== 0x53 || value.charCodeAt(2) !== 0x4e) return false;
  let asn = 0;
  for (let i = 3; i < value.length; i++) {
    const digit = value.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9 || (digit === 0 && i === 3)) return false;
    asn = asn * 10 + digit;
  }
  if (asn > MAX_THREATCONNECT_ASN || reservedRange(asn) !== undefined) return false;
  return settings[INDICATOR_TYPES_SETTING] === undefined || indicatorTypesOf(settings).failures('ASN', subject.values).length === 0;
}
