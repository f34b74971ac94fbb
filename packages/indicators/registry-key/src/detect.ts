import { SUMMARY_SEPARATOR, type Detection } from '@tclint/core';
import { asciiUpper } from './ascii.js';
import { parseKeyRoot } from './key-root.js';
import { looksLikeValueType } from './value-type.js';

const TYPE = 'Registry Key';

/**
 * Recognizes Registry Keys: a value that starts with a registry root or its
 * abbreviation followed by `\` (or written as a PowerShell, regedit or native
 * path), or a summary `Key Name : Value Name : Value Type` ending in a `REG_`
 * type. A bare abbreviation (`HKLM`) only could be one.
 */
export function detectRegistryKey(value: string): Detection | undefined {
  const last = value.lastIndexOf(SUMMARY_SEPARATOR);
  if (last >= 0 && looksLikeValueType(value.slice(last + SUMMARY_SEPARATOR.length))) return { type: TYPE, confidence: 0.85 };
  const parsed = parseKeyRoot(value);
  switch (parsed.kind) {
    case 'valid':
    case 'fixable': {
      if (parsed.restStart < value.length) return { type: TYPE, confidence: 0.9 };
      // the whole value is a root name: certain when spelled out, a guess for an abbreviation
      return { type: TYPE, confidence: parsed.kind === 'fixable' && parsed.departures.includes('abbreviation') ? 0.4 : 0.8 };
    }
    case 'unsupported':
    case 'unknownNative':
      return { type: TYPE, confidence: 0.8 };
    case 'forwardSlash':
      return { type: TYPE, confidence: 0.6 };
    case 'unknown':
      return asciiUpper(parsed.written.slice(0, 5)) === 'HKEY_' && value.includes('\\') ? { type: TYPE, confidence: 0.7 } : undefined;
    default:
      return undefined;
  }
}
