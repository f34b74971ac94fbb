import type { IndicatorSubject, Settlement } from '@tclint/core';
import { AS_NUMBER } from './field.js';
import { isCleanAsn } from './is-clean.js';
import { parseAsn, type AsnSpelling } from './parse-asn.js';
import { patternAcceptsDigits, writtenDigits } from './platform-limit.js';

/**
 * The fix the plugin's rules make of an AS number written otherwise than
 * `ASN<n>` (`AS 12345`, `asn012`, `AS1.10`), in one reading: `ASN<n>` in one
 * pass, by the first rule that reports it (asn/format for a departure
 * ThreatConnect refuses, else asn/prefix-case, else asn/leading-zeros). Only
 * when `ASN<n>` checks clean (not reserved, within ThreatConnect's limit).
 */
export function settleAsn(subject: IndicatorSubject, settings?: Readonly<Record<string, unknown>>): Settlement | undefined {
  const value = subject.values[AS_NUMBER];
  if (typeof value !== 'string') return undefined;
  const parsed = parseAsn(value);
  if (parsed.kind !== 'number') return undefined;
  const fixed = `ASN${parsed.asn}`;
  if (fixed === value || !isCleanAsn({ kind: 'indicator', type: subject.type, values: { ...subject.values, [AS_NUMBER]: fixed } }, settings)) return undefined;
  return { changes: [{ rule: firstRule(parsed.spelling, value), field: AS_NUMBER, value: fixed }] };
}

/** The rule that reports first, in the plugin's order: asn/format's departures are asn/format's own. */
function firstRule(spelling: AsnSpelling, value: string): string {
  const { prefix } = spelling;
  if (prefix.length !== 3 || spelling.spaceBefore || spelling.spaceInside || spelling.spaceAfter || spelling.asdot !== undefined) return 'format';
  if (spelling.leadingZeros) {
    const digits = writtenDigits(value);
    if (!patternAcceptsDigits(digits.count, digits.first)) return 'format';
  }
  return prefix === 'ASN' ? 'leading-zeros' : 'prefix-case';
}
