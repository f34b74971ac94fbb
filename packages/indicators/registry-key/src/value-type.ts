import { asciiUpper, startsWithAsciiCase } from './ascii.js';
import { UNACCEPTED_VALUE_TYPES, VALUE_TYPES, type ValueType } from './constants.js';

const UNACCEPTED: ReadonlySet<string> = new Set(UNACCEPTED_VALUE_TYPES);
/** Longer values cannot be a value type (the longest name has 30 characters). */
const MAX_TYPE_LENGTH = 40;

/** A Value Type as read; `type` is one of the accepted list (`VALUE_TYPES`, or an instance's `value3Option`). */
export type ValueTypeParse =
  | { kind: 'missing' }
  | { kind: 'valid'; type: string }
  /** An accepted type in other case or with whitespace around it. */
  | { kind: 'fixable'; type: string; whitespace: boolean; lowercase: boolean }
  /** A real Windows type ThreatConnect does not accept. */
  | { kind: 'unaccepted'; type: string }
  /** Not a value type; `suggestion` when adding `REG_` makes one (`DWORD`). */
  | { kind: 'unknown'; suggestion?: ValueType };

/**
 * Reads a Value Type against the types ThreatConnect accepts (the recorded
 * reply's `value3Option` by default, or an instance's). Case is fixed for
 * ASCII letters only, so look-alikes (`reg_ſz`) stay unknown.
 */
export function parseValueType(value: string | undefined, accepted: readonly string[] = VALUE_TYPES): ValueTypeParse {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return { kind: 'missing' };
  if (trimmed.length > MAX_TYPE_LENGTH) return { kind: 'unknown' };
  if (accepted.includes(trimmed) && value === trimmed) return { kind: 'valid', type: trimmed };
  const upper = asciiUpper(trimmed);
  const type = accepted.includes(trimmed) ? trimmed : accepted.find((t) => asciiUpper(t) === upper);
  if (type !== undefined) return { kind: 'fixable', type, whitespace: trimmed !== value, lowercase: trimmed !== type };
  if (UNACCEPTED.has(upper)) return { kind: 'unaccepted', type: upper };
  const prefixed = `REG_${upper}`;
  return accepted.includes(prefixed) ? { kind: 'unknown', suggestion: prefixed as ValueType } : { kind: 'unknown' };
}

/** Whether a value looks like a registry value type at all (`REG_...`, any case). */
export function looksLikeValueType(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= MAX_TYPE_LENGTH && startsWithAsciiCase(trimmed, 'REG_');
}
