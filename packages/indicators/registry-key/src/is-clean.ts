import type { IndicatorSubject } from '@tclint/core';
import { indicatorTypesOf, INDICATOR_TYPES_SETTING } from '@tclint/tc-types';
import { acceptedValueTypes } from './accepted-value-types.js';
import { KEY_NAME, MAX_KEY_NAME_LENGTH, MAX_VALUE_NAME_LENGTH, REGISTRY_ROOTS, VALUE_NAME, VALUE_TYPE } from './constants.js';

/**
 * True when a Registry Key is already as ThreatConnect stores it and no rule
 * of the package reports it: a Key Name that is a root written in full, then
 * keys each after one backslash (no empty key, no trailing separator, no `=`
 * that could be a report line's `name = data`), one line of at most 257
 * characters; a Value Name, one line of 1..214 characters; an accepted Value
 * Type. One pass over each value (and, with a user's own indicatorTypes
 * reply, its patterns).
 */
export function isCleanRegistryKey(subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>): boolean {
  const { [KEY_NAME]: key, [VALUE_NAME]: name, [VALUE_TYPE]: type } = subject.values;
  if (key === undefined || name === undefined || type === undefined) return false;
  if (!acceptedValueTypes(settings).includes(type)) return false;
  if (!isCleanKeyName(key) || !isOneLine(name, 1, MAX_VALUE_NAME_LENGTH)) return false;
  return settings[INDICATOR_TYPES_SETTING] === undefined || indicatorTypesOf(settings).failures('Registry Key', subject.values).length === 0;
}

function isCleanKeyName(key: string): boolean {
  if (key.length > MAX_KEY_NAME_LENGTH) return false;
  const separator = key.indexOf('\\');
  const root = separator < 0 ? key : key.slice(0, separator);
  if (!(REGISTRY_ROOTS as readonly string[]).includes(root)) return false;
  if (separator < 0) return true;
  let previous = 0x5c;
  for (let i = separator + 1; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (isLineTerminator(code) || code === 0x3d /* = */ || (code === 0x5c && previous === 0x5c)) return false;
    previous = code;
  }
  return previous !== 0x5c;
}

/** `length` UTF-16 units or fewer, at least `min`, without Java's line terminators. */
function isOneLine(value: string, min: number, max: number): boolean {
  if (value.length < min || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (isLineTerminator(value.charCodeAt(i))) return false;
  return true;
}

function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
}
