import { IndicatorTypes } from './indicator-types.js';
import { recordedIndicatorTypes } from './recorded.js';

/** The config `settings` key that holds the user's own indicatorTypes reply (or its parsed model). */
export const INDICATOR_TYPES_SETTING = 'indicatorTypes';

const parsedReplies = new WeakMap<object, IndicatorTypes>();

/**
 * The indicator-type definitions a run uses: `settings.indicatorTypes` (a parsed model, or a raw
 * reply, parsed once per reply object), else the recorded reply. Throws `IndicatorTypesError` on
 * a malformed reply, so a broken config fails loudly instead of checking nothing.
 */
export function indicatorTypesOf(settings: Readonly<Record<string, unknown>> | undefined): IndicatorTypes {
  const given = settings?.[INDICATOR_TYPES_SETTING];
  if (given === undefined || given === null) return recordedIndicatorTypes();
  if (given instanceof IndicatorTypes) return given;
  if (typeof given !== 'object') return IndicatorTypes.fromReply(given);
  let parsed = parsedReplies.get(given);
  if (!parsed) {
    parsed = IndicatorTypes.fromReply(given);
    parsedReplies.set(given, parsed);
  }
  return parsed;
}
