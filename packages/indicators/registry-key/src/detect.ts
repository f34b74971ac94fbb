import { SHAPE, SUMMARY_SEPARATOR, type Detection, type DetectContext } from '@tclint/core';
import { asciiUpper } from './ascii.js';
import { keyRoot, parseKeyRoot } from './key-root.js';
import { looksLikeValueType } from './value-type.js';

const TYPE = 'Registry Key';

/**
 * Recognizes Registry Keys: a value that starts with a registry root or its
 * abbreviation followed by `\` (or written as a PowerShell, regedit or native
 * path), or a summary `Key Name : Value Name : Value Type` ending in a `REG_`
 * type. A bare abbreviation (`HKLM`) only could be one.
 */
export function detectRegistryKey(value: string, context?: DetectContext): Detection | undefined {
  const last = value.lastIndexOf(SUMMARY_SEPARATOR);
  if (last >= 0 && looksLikeValueType(value.slice(last + SUMMARY_SEPARATOR.length))) return { type: TYPE, confidence: 0.85 };
  if (!mayStartWithRoot(value)) return undefined;
  const parsed = context ? context.analyze(keyRoot, value) : parseKeyRoot(value);
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

const BACKSLASH = 0x5c;

/**
 * False when the value certainly does not start with anything `parseKeyRoot`
 * reads as a root, judged by its first two characters (any ASCII case):
 * every root and abbreviation starts with `HK`, the prefixes with `CO`
 * (`Computer\`), `MI` (`Microsoft.PowerShell.Core\Registry::`), `RE`
 * (`Registry::`) or `\R` (`\REGISTRY\`). Leading whitespace and non-ASCII
 * starts are left to the parser. Most values of a mixed feed stop here.
 */
function mayStartWithRoot(value: string): boolean {
  const first = value.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f)) return true;
  const second = value.charCodeAt(1) | 0x20; // ASCII lower case (NaN past the end gives 0x20)
  if (first === BACKSLASH) return second === 0x72; // r
  switch (first | 0x20) {
    case 0x68: // h
      return second === 0x6b; // k
    case 0x63: // c
      return second === 0x6f; // o
    case 0x6d: // m
      return second === 0x69; // i
    case 0x72: // r
      return second === 0x65; // e
    default:
      return false;
  }
}

/**
 * `mayStartWithRoot` after any leading ASCII whitespace (which the parser
 * skips), with the third character of the prefixes too: `HK?`, `COM`
 * (`Computer\`), `MIC`, `REG`, `\RE`. For type inference, where a reply
 * prefix (`RE: ...`) and a value with a space before it are common.
 */
function mayStartWithRootPrefix(value: string): boolean {
  let start = 0;
  while (start < value.length && isAsciiSpace(value.charCodeAt(start))) start++;
  const rest = start === 0 ? value : value.slice(start);
  if (!mayStartWithRoot(rest)) return false;
  const first = rest.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f)) return true;
  const third = rest.charCodeAt(2) | 0x20;
  if (first === BACKSLASH) return third === 0x65; // e
  switch (first | 0x20) {
    case 0x63: // c
      return third === 0x6d; // m
    case 0x6d: // m
      return third === 0x63; // c
    case 0x72: // r
      return third === 0x67; // g
    default:
      return true;
  }
}

/** The whitespace `\s` matches below U+0080: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Marks of every form but a bare root: a summary's ` : ` and `REG_`, the `\` after a root, a drive's `:`, a `/` after a root. */
const SEPARATORS = SHAPE.BACKSLASH | SHAPE.COLON | SHAPE.SLASH | SHAPE.UNDERSCORE;
const BARE_ROOT = SHAPE.LETTER | SHAPE.UPPERCASE | SHAPE.WHITESPACE;

/**
 * The values `detectRegistryKey` can recognize: letters, and either a
 * separator and a start `parseKeyRoot` may read as a root (or a summary's
 * ` : ` and the underscore of its `REG_` type), or only letters and whitespace
 * (a bare abbreviation such as `HKLM`). Hosts, hashes, addresses and
 * hashtags stop at the shape, URLs at their first two characters.
 */
export const mayDetectRegistryKey = (shape: number, _length: number, value: string): boolean => {
  if ((shape & SHAPE.LETTER) === 0) return false;
  if ((shape & SEPARATORS) === 0) return (shape & ~BARE_ROOT) === 0;
  const summary = SHAPE.COLON | SHAPE.WHITESPACE | SHAPE.UNDERSCORE;
  return ((shape & summary) === summary && value.includes(SUMMARY_SEPARATOR)) || mayStartWithRootPrefix(value);
};
