import { cleanTextLength, type IndicatorSubject } from '@tclint/core';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { MUTEX } from './field.js';
import { MAX_MUTEX_LENGTH, NAMESPACES } from './namespace.js';

/**
 * True when a Mutex is already as ThreatConnect stores it and no rule of the
 * package reports it: a name without control characters or surrounding
 * whitespace, at most 260 characters after an optional Global\ or Local\.
 * One pass over the value (and, with a user's own indicatorTypes reply, its pattern).
 */
export function isCleanMutex(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  const value = subject.values[MUTEX];
  const length = cleanTextLength(value);
  if (length < 1) return false;
  if (length > MAX_MUTEX_LENGTH && !NAMESPACES.some((n) => value!.startsWith(n) && length - n.length <= MAX_MUTEX_LENGTH)) return false;
  return settings[INDICATOR_TYPES_SETTING] === undefined || indicatorTypesOf(settings).failures('Mutex', subject.values).length === 0;
}
