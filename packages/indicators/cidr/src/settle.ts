import type { IndicatorSubject, SettledChange, Settlement } from '@tclint/core';
import { INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { refusedForm, withAddress } from './analyze-block.js';
import { fastAnalyze } from './fast-path.js';
import { BLOCK } from './field.js';
import { isCleanCidr } from './is-clean.js';

/**
 * The fixes the plugin's rules make of a block in a common notation, in one
 * reading: the IPv6 form (cidr/ipv6-form, or cidr/lowercase for upper case
 * only), then a padded prefix (cidr/prefix), then host bits
 * (cidr/host-bits), one pass each, as the engine's passes take them. Only a
 * value the fast reader takes (no whitespace, zone id or netmask) whose
 * every problem is fixed that way; anything else is left to the rules.
 */
export function settleCidr(subject: IndicatorSubject, settings?: Readonly<Record<string, unknown>>): Settlement | undefined {
  const value = subject.values[BLOCK];
  if (typeof value !== 'string') return undefined;
  const block = fastAnalyze(value);
  if (block === undefined || block.fixed === undefined || block.fixed === value || block.prefix === undefined) return undefined;
  const changes: SettledChange[] = [];
  let current = value;
  if (block.ipv6 !== undefined) {
    current = withAddress(block, block.ipv6.formatted);
    changes.push({ rule: refusedForm(block.ipv6) ? 'ipv6-form' : 'lowercase', field: BLOCK, value: current });
  }
  if (block.prefixIssue === 'leadingZeros') {
    current = `${current.slice(0, current.length - block.prefixText.length)}${block.prefix}`;
    changes.push({ rule: 'prefix', field: BLOCK, value: current });
  }
  if (block.network !== undefined) {
    current = `${block.network}/${block.prefix}`;
    changes.push({ rule: 'host-bits', field: BLOCK, value: current });
  }
  if (current !== block.fixed || !fixedIsClean(subject, current, settings)) return undefined;
  return { changes };
}

/** The reader's fixed form is ThreatConnect's (testSettle holds it to that); only the user's own patterns need asking. */
function fixedIsClean(subject: IndicatorSubject, fixed: string, settings: Readonly<Record<string, unknown>> | undefined): boolean {
  if (settings?.[INDICATOR_TYPES_SETTING] === undefined) return true;
  return isCleanCidr({ kind: 'indicator', type: subject.type, values: { ...subject.values, [BLOCK]: fixed } }, settings);
}
