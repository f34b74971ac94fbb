import type { IndicatorSubject } from '@tclint/core';
import { AS_NUMBER } from './field.js';
import { MAX_ASN } from './parse-asn.js';
import { reservedRange } from './reserved-ranges.js';

/**
 * True when an ASN indicator is already `ASN<n>` (upper-case prefix, no
 * space, no leading zero, at most 4294967295) and `n` is not a
 * special-purpose number: then neither `asn/format` nor `asn/reserved`
 * reports it, and the engine need not run them. One pass over the value.
 */
export function isCleanAsn(subject: IndicatorSubject): boolean {
  const value = subject.values[AS_NUMBER];
  if (value === undefined || value.length < 4 || value.length > 13) return false;
  if (value.charCodeAt(0) !== 0x41 || value.charCodeAt(1) !== 0x53 || value.charCodeAt(2) !== 0x4e) return false;
  let asn = 0;
  for (let i = 3; i < value.length; i++) {
    const digit = value.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9 || (digit === 0 && i === 3)) return false;
    asn = asn * 10 + digit;
  }
  return asn <= MAX_ASN && reservedRange(asn) === undefined;
}
