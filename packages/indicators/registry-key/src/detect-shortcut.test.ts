import { SUMMARY_SEPARATOR, type Detection } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiUpper, startsWithAsciiCase } from './ascii.js';
import { detectRegistryKey } from './detect.js';
import { parseKeyRoot } from './key-root.js';
import { looksLikeValueType } from './value-type.js';

const TYPE = 'Registry Key';

/** detectRegistryKey without its shortcut: every answer from the full parse. */
function detectByParse(value: string): Detection | undefined {
  const last = value.lastIndexOf(SUMMARY_SEPARATOR);
  if (last >= 0 && looksLikeValueType(value.slice(last + SUMMARY_SEPARATOR.length))) return { type: TYPE, confidence: 0.85 };
  const parsed = parseKeyRoot(value);
  switch (parsed.kind) {
    case 'valid':
    case 'fixable':
      if (parsed.restStart < value.length) return { type: TYPE, confidence: 0.9 };
      return { type: TYPE, confidence: parsed.kind === 'fixable' && parsed.departures.includes('abbreviation') ? 0.4 : 0.8 };
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

/** The definition the char-code loops replace: upper-case runs of a-z, nothing else. */
const asciiUpperByRegex = (text: string) => text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());

const PIECES = ['HKLM', 'hklm', 'HKCU', 'hkey_', 'HKEY_LOCAL_MACHINE', 'HKEY_DYN_DATA', 'HKDD', 'HK', 'H', 'k', 'Computer\\', 'co', 'Microsoft.PowerShell.Core\\Registry::', 'Registry::', 're', 'mi', '\\REGISTRY\\', 'MACHINE', 'user', '\\', '/', ':', ' : ', 'REG_SZ', 'reg_dword', ' ', '\t', '\u00a0', 'ı', 'ſ', 'K', 'Software', 'x', '1'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

const inputs = fc.oneof(pieced, fc.string());

describe('the shortcut in detectRegistryKey', () => {
  it('never changes an answer', () => {
    // the inputs do include values it claims
    expect(fc.sample(inputs, { numRuns: 1500, seed: 8 }).filter((value) => detectRegistryKey(value) !== undefined).length).toBeGreaterThan(30);
    fc.assert(
      fc.property(inputs, (value) => {
        expect(detectRegistryKey(value)).toEqual(detectByParse(value));
      }),
      { numRuns: 1500, seed: 8 },
    );
  });
});

describe('asciiUpper and startsWithAsciiCase', () => {
  it('upper-case exactly what the regular expression did', () => {
    fc.assert(
      fc.property(fc.oneof(pieced, fc.string()), fc.nat(8), (text, at) => {
        expect(asciiUpper(text)).toBe(asciiUpperByRegex(text));
        for (const expected of ['COMPUTER\\', 'REGISTRY::', '\\REGISTRY\\', 'REG_']) {
          expect(startsWithAsciiCase(text, expected, at)).toBe(asciiUpperByRegex(text.slice(at, at + expected.length)) === expected);
        }
      }),
      { numRuns: 1000, seed: 8 },
    );
  });
});
