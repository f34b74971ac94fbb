import { cleanTextLength, type IndicatorSubject } from '@tclint/core';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { MAX_SUBJECT_LENGTH, SUBJECT } from './field.js';

/**
 * True when an Email Subject is already as ThreatConnect stores it and no rule
 * of the package reports it: 1..100 characters, no control characters, no
 * surrounding whitespace. One pass over the value (and, with a user's own
 * indicatorTypes reply, its pattern).
 */
export function isCleanEmailSubject(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  const length = cleanTextLength(subject.values[SUBJECT]);
  if (length < 1 || length > MAX_SUBJECT_LENGTH) return false;
  return settings[INDICATOR_TYPES_SETTING] === undefined || indicatorTypesOf(settings).failures('Email Subject', subject.values).length === 0;
}
