import type { IndicatorSubject } from '@tclint/core';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { KEY_NAME, VALUE_NAME, VALUE_TYPE } from '../constants.js';

/**
 * ThreatConnect's verdict on a Registry Key, by its recorded patterns and Value Types (proven
 * against Java by @tclint/tc-types) and the seed: every field present, the Value Name not empty
 * (the seed's override of the pattern `.{0,214}`), and every field accepted.
 */
export function platformAccepts(subject: IndicatorSubject): boolean {
  const { [KEY_NAME]: key, [VALUE_NAME]: name, [VALUE_TYPE]: type } = subject.values;
  if (key === undefined || name === undefined || name === '' || type === undefined) return false;
  return recordedIndicatorTypes().failures('Registry Key', subject.values).length === 0;
}
