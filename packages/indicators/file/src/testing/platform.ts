import type { IndicatorSubject } from '@tclint/core';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { HASH_FIELDS } from '../fields.js';

/**
 * ThreatConnect's verdict on a File, by its recorded patterns (proven against Java by
 * @tclint/tc-types): at least one hash, and every field that holds one matched by its pattern
 * (an empty field holds no hash).
 */
export function platformAccepts(subject: IndicatorSubject): boolean {
  const given = Object.fromEntries(HASH_FIELDS.filter((f) => subject.values[f]).map((f) => [f, subject.values[f]!]));
  return Object.keys(given).length > 0 && recordedIndicatorTypes().failures('File', given).length === 0;
}
