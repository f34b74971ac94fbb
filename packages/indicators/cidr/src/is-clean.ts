import type { IndicatorSubject } from '@tclint/core';
import { isIPv4Network, isThreatConnectIPv6Network } from '@tclint/ip';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { BLOCK } from './field.js';

const SLASH = 47;
const COLON = 58;

/**
 * True when a CIDR indicator is already a block in ThreatConnect's form: a
 * strict IPv4 or all-eight-groups lowercase IPv6 network address, `/`, a
 * decimal prefix in range without leading zeros. Then no rule of the plugin
 * reports it, and the engine need not run them. One pass, no allocation.
 * With the user's own indicator-type definitions in the settings, their
 * CIDR pattern must accept it too.
 */
export function isCleanCidr(subject: IndicatorSubject, settings?: Readonly<Record<string, unknown>>): boolean {
  const value = subject.values[BLOCK];
  if (typeof value !== 'string' || !isThreatConnectBlock(value)) return false;
  if (settings?.[INDICATOR_TYPES_SETTING] === undefined) return true;
  return indicatorTypesOf(settings).failures(subject.type ?? 'CIDR', subject.values).length === 0;
}

/** A block in ThreatConnect's form, as `isCleanCidr` reads it. */
export function isThreatConnectBlock(value: string): boolean {
  const length = value.length;
  // the prefix: one to three digits after the last slash, no leading zero
  let slash = -1;
  for (let i = length - 1; i >= length - 4 && i > 0; i--) {
    if (value.charCodeAt(i) === SLASH) {
      slash = i;
      break;
    }
  }
  if (slash < 0 || slash === length - 1 || (value.charCodeAt(slash + 1) === 48 && length - slash > 2)) return false;
  let prefix = 0;
  for (let i = slash + 1; i < length; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    prefix = prefix * 10 + digit;
  }
  // an IPv6 address in ThreatConnect's form has a colon within its first five characters
  for (let i = 0; i < 5 && i < slash; i++) {
    if (value.charCodeAt(i) === COLON) return prefix <= 128 && isThreatConnectIPv6Network(value, 0, slash, prefix);
  }
  return prefix <= 32 && isIPv4Network(value, 0, slash, prefix);
}
