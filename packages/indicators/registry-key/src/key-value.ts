import { defineAnalysis } from '@tclint/core';

/** A Key Name that ends like a report line's `...\Driver = "DEment.dll"`: a value and its data, not a key. */
export interface KeyValueLine {
  /** The key path before the value's name (without the separator). */
  key: string;
  /** The value's name (without quotes). */
  name: string;
  /** The data after `=`, as written. */
  data: string;
  /** The value type the data is written as (`"..."` REG_SZ, `dword:` REG_DWORD, `hex(2):` REG_EXPAND_SZ...), when `.reg` notation says. */
  type?: string;
  /** Where ` = data` starts in the Key Name. */
  start: number;
}

/** `.reg` file notation of data, and the type each one is. */
const DATA_TYPES: readonly [RegExp, string | undefined][] = [
  [/^"(?:[^"\\]|\\.)*"$/, 'REG_SZ'],
  [/^dword:[0-9a-fA-F]{1,8}$/, 'REG_DWORD'],
  [/^hex\(b\):[0-9a-fA-F,\s]*$/, 'REG_QWORD'],
  [/^hex\(2\):[0-9a-fA-F,\s]*$/, 'REG_EXPAND_SZ'],
  [/^hex\(7\):[0-9a-fA-F,\s]*$/, 'REG_MULTI_SZ'],
  [/^hex(?:\(0\))?:[0-9a-fA-F,\s]*$/, 'REG_BINARY'],
];

/**
 * Reads a Key Name that ends in `name = data` after its last key (issue 16:
 * a report line `HKLM\...\Run\Driver = "DEment.dll"` pasted whole; the data
 * may hold backslashes). Only an `=` with whitespace around it, or before data
 * in `.reg` notation (`"..."`, `dword:`, `hex:`), counts: a key name may hold
 * a bare `=`.
 */
export function readKeyValueLine(keyName: string): KeyValueLine | undefined {
  const equals = keyName.indexOf('=');
  if (equals < 0) return undefined;
  const separator = keyName.lastIndexOf('\\', equals);
  if (separator <= 0) return undefined;
  const rawName = keyName.slice(separator + 1, equals);
  const after = keyName.slice(equals + 1);
  const written = rawName.trim();
  const data = after.trim();
  if (written === '' || data === '') return undefined;
  const type = DATA_TYPES.find(([form]) => form.test(data))?.[1];
  const spaced = rawName.length !== rawName.trimEnd().length || after.length !== after.trimStart().length;
  if (!spaced && type === undefined) return undefined;
  const name = /^"(.*)"$/s.exec(written)?.[1] ?? written;
  return { key: keyName.slice(0, separator), name, data, ...(type && { type }), start: separator + 1 + rawName.trimEnd().length };
}

/** The engine's shared analysis of `readKeyValueLine`. */
export const keyValueLine = defineAnalysis('registry-key/key-value-line', readKeyValueLine);
