import type { IndicatorSubject } from '@tclint/core';
import { isIPv4Network, isThreatConnectIPv6Network } from '@tclint/ip';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { IP } from './field.js';

/**
 * True when an Address indicator is already in ThreatConnect's form: strict
 * dotted-decimal IPv4, or IPv6 with all eight lowercase groups and no
 * leading zeros. Then no rule of the plugin reports it, and the engine need
 * not run them. One pass, no allocation. With the user's own indicator-type
 * definitions in the settings, their Address pattern must accept it too.
 */
export function isCleanAddress(subject: IndicatorSubject, settings?: Readonly<Record<string, unknown>>): boolean {
  const value = subject.values[IP];
  if (typeof value !== 'string' || !(isIPv4Network(value, 0, value.length, 32) || isThreatConnectIPv6Network(value, 0, value.length, 128))) return false;
  if (settings?.[INDICATOR_TYPES_SETTING] === undefined) return true;
  return indicatorTypesOf(settings).failures(subject.type ?? 'Address', subject.values).length === 0;
}
