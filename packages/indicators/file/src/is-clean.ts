import type { IndicatorSubject } from '@tclint/core';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { HASH_FIELDS, HASH_LENGTHS } from './fields.js';
import { valuesForPattern } from './rules/platform-pattern.js';

/**
 * True when a File is already as ThreatConnect stores it and no rule of the
 * package reports it, file/lowercase included: at least one hash, each of
 * the length its field names, lower-case hex digits alone (an empty field
 * holds no hash). One pass over the values (and, with a user's own
 * indicatorTypes reply, its patterns).
 */
export function isCleanFile(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  let hashes = 0;
  for (const field of HASH_FIELDS) {
    const value = subject.values[field];
    if (value === undefined || value === '') continue;
    if (value.length !== HASH_LENGTHS[field]) return false;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return false;
    }
    hashes++;
  }
  if (hashes === 0) return false;
  return settings[INDICATOR_TYPES_SETTING] === undefined || indicatorTypesOf(settings).failures('File', valuesForPattern(subject.values)).length === 0;
}
