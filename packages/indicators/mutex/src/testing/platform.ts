import type { IndicatorSubject } from '@tclint/core';
import { recordedIndicatorTypes } from '@tclint/tc-types';

/** ThreatConnect's verdict on an indicator, by its recorded patterns (proven against Java by @tclint/tc-types). */
export function platformAccepts(subject: IndicatorSubject): boolean {
  return recordedIndicatorTypes().failures(subject.type ?? 'Mutex', subject.values).length === 0;
}
