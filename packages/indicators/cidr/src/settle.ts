import type { IndicatorSubject, SettledChange, Settlement } from '@tclint/core';
import { clearHostBits, formatIPv6Groups, isThreatConnectForm, type IPv6Scan } from '@tclint/ip';
import { INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { readCommonBlock } from './fast-path.js';
import { BLOCK } from './field.js';
import { isCleanCidr } from './is-clean.js';

/**
 * The fixes the plugin's rules make of a block in a common notation, read
 * once without the rules' analysis (no message text is needed): the IPv6
 * form (cidr/ipv6-form, or cidr/lowercase for upper case only), then a
 * padded prefix (cidr/prefix), then host bits (cidr/host-bits), one pass
 * each, as the engine's passes take them. Only a value the fast reader takes
 * (no whitespace, zone id or netmask); anything else is left to the rules.
 */
export function settleCidr(subject: IndicatorSubject, settings?: Readonly<Record<string, unknown>>): Settlement | undefined {
  const value = subject.values[BLOCK];
  if (typeof value !== 'string') return undefined;
  const read = readCommonBlock(value);
  if (read === undefined) return undefined;
  const { slash, prefix, ipv6 } = read;
  const changes: SettledChange[] = [];
  let current = value;
  if (ipv6 !== undefined && !isThreatConnectForm(ipv6)) {
    // written before the host bits are cleared: the ipv6-form fix keeps them
    current = formatIPv6Groups(ipv6.groups) + value.slice(slash);
    changes.push({ rule: refusedForm(ipv6) ? 'ipv6-form' : 'lowercase', field: BLOCK, value: current });
  }
  if (read.padded) {
    current = `${current.slice(0, current.length - (value.length - slash - 1))}${prefix}`;
    changes.push({ rule: 'prefix', field: BLOCK, value: current });
  }
  if (ipv6 !== undefined ? clearHostBits(ipv6.groups, 8, 16, prefix) : clearHostBits(read.octets!, 4, 8, prefix)) {
    current = `${ipv6 !== undefined ? formatIPv6Groups(ipv6.groups) : read.octets!.join('.')}/${prefix}`;
    changes.push({ rule: 'host-bits', field: BLOCK, value: current });
  }
  if (changes.length === 0 || !fixedIsClean(subject, current, settings)) return undefined;
  return { changes };
}

/** The departures ThreatConnect's CIDR pattern refuses (all but upper case), as `refusedForm` reads them. */
function refusedForm(scan: IPv6Scan): boolean {
  return scan.compressed || scan.ipv4Start >= 0 || scan.zeroGroupStart >= 0 || scan.leadingStart >= 0;
}

/** The fixed value is in ThreatConnect's form (testSettle holds it to that); only the user's own patterns need asking. */
function fixedIsClean(subject: IndicatorSubject, fixed: string, settings: Readonly<Record<string, unknown>> | undefined): boolean {
  if (settings?.[INDICATOR_TYPES_SETTING] === undefined) return true;
  return isCleanCidr({ kind: 'indicator', type: subject.type, values: { ...subject.values, [BLOCK]: fixed } }, settings);
}
