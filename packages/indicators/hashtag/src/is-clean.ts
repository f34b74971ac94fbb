import type { IndicatorSubject } from '@tclint/core';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { HASHTAG, MAX_HASHTAG_LENGTH, MIN_HASHTAG_LENGTH } from './field.js';

/**
 * True when a Hashtag is already as ThreatConnect stores it and no rule of the
 * package reports it: `#` and 2..255 lower-case ASCII letters, digits and `_`,
 * with a letter, ending in a letter or digit. One pass over the value (and,
 * with a user's own indicatorTypes reply, its pattern).
 */
export function isCleanHashtag(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  const value = subject.values[HASHTAG];
  if (value === undefined || value.length < MIN_HASHTAG_LENGTH || value.length > MAX_HASHTAG_LENGTH || value.charCodeAt(0) !== 0x23) return false;
  let letter = false;
  let code = 0;
  for (let i = 1; i < value.length; i++) {
    code = value.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) letter = true;
    else if (!((code >= 0x30 && code <= 0x39) || code === 0x5f)) return false;
  }
  if (!letter || code === 0x5f) return false;
  return settings[INDICATOR_TYPES_SETTING] === undefined || indicatorTypesOf(settings).failures('Hashtag', subject.values).length === 0;
}
