import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { VALUE_TYPE, VALUE_TYPES } from './constants.js';

/**
 * The Value Types ThreatConnect accepts: the `value3Option` of the user's own
 * indicatorTypes reply (`settings.indicatorTypes`), else the recorded reply's,
 * which are `VALUE_TYPES`.
 */
export function acceptedValueTypes(settings: Readonly<Record<string, unknown>>): readonly string[] {
  if (settings[INDICATOR_TYPES_SETTING] === undefined) return VALUE_TYPES;
  return indicatorTypesOf(settings).field('Registry Key', VALUE_TYPE)?.options ?? VALUE_TYPES;
}
