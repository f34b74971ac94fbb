import { asciiUpper, startsWithAsciiCase } from './ascii.js';
import { UNACCEPTED_VALUE_TYPES, VALUE_TYPES, type ValueType } from './constants.js';

const ACCEPTED: ReadonlySet<string> = new Set(VALUE_TYPES);
const UNACCEPTED: ReadonlySet<string> = new Set(UNACCEPTED_VALUE_TYPES);
/** Longer values cannot be a value type (the longest name has 30 characters). */
const MAX_TYPE_LENGTH = 40;

export type ValueTypeParse =
  | { kind: 'missing' }
  | { kind: 'valid'; type: ValueType }
  /** An accepted type in other case or with whitespace around it. */
  | { kind: 'fixable'; type: ValueType; whitespace: boolean; lowercase: boolean }
  /** A real Windows type ThreatConnect does not accept. */
  | { kind: 'unaccepted'; type: string }
  /** Not a value type; `suggestion` when adding `REG_` makes one (`DWORD`). */
  | { kind: 'unknown'; suggestion?: ValueType };

/** Reads a Value Type. Case is fixed for ASCII letters only, so look-alikes (`reg_ſz`) stay unknown. */
export function parseValueType(value: string | undefined): ValueTypeParse {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return { kind: 'missing' };
  if (trimmed.length > MAX_TYPE_LENGTH) return { kind: 'unknown' };
  const upper = asciiUpper(trimmed);
  if (ACCEPTED.has(upper)) {
    if (value === upper) return { kind: 'valid', type: upper as ValueType };
    return { kind: 'fixable', type: upper as ValueType, whitespace: trimmed !== value, lowercase: trimmed !== upper };
  }
  if (UNACCEPTED.has(upper)) return { kind: 'unaccepted', type: upper };
  const prefixed = `REG_${upper}`;
  return ACCEPTED.has(prefixed) ? { kind: 'unknown', suggestion: prefixed as ValueType } : { kind: 'unknown' };
}

/** Whether a value looks like a registry value type at all (`REG_...`, any case). */
export function looksLikeValueType(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= MAX_TYPE_LENGTH && startsWithAsciiCase(trimmed, 'REG_');
}
