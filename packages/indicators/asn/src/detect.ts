import { shapeFilter, SHAPE, type Detection, type DetectContext } from '@tclint/core';
import { asnParse, parseAsn } from './parse-asn.js';

/**
 * Recognizes AS numbers. A prefixed number (`ASN12345`, `AS 12345`, `as1.10`,
 * even out of range) is an ASN; a bare number could be one, but could as well
 * be anything else, so it is only a guess and the engine calls it ambiguous.
 */
export function detectAsn(value: string, context?: DetectContext): Detection | undefined {
  if (!mayBeAsn(value)) return undefined;
  const parsed = context ? context.analyze(asnParse, value) : parseAsn(value);
  switch (parsed.kind) {
    case 'number':
      if (parsed.spelling.prefix !== '') return { type: 'ASN', confidence: 0.9 };
      return { type: 'ASN', confidence: parsed.spelling.asdot ? 0.2 : 0.3 };
    case 'outOfRange':
    case 'asdotPartOutOfRange':
      return parsed.prefix !== '' ? { type: 'ASN', confidence: 0.7 } : undefined;
    default:
      return undefined;
  }
}

/**
 * False when the value certainly holds no AS number: one that starts with a
 * printable character must start with a digit or an `AS` prefix (any case).
 * Whitespace and other starts are left to the parser.
 */
function mayBeAsn(value: string): boolean {
  const first = value.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f)) return true;
  if (first >= 0x30 && first <= 0x39) return true;
  return (first | 0x20) === 0x61 && (value.charCodeAt(1) | 0x20) === 0x73; // "as"
}

/** The shapes `detectAsn` can recognize: digits, with at most a prefix (letters), whitespace and an asdot dot. */
export const mayDetectAsn = shapeFilter({ all: SHAPE.DIGIT, only: SHAPE.DIGIT | SHAPE.LETTER | SHAPE.UPPERCASE | SHAPE.WHITESPACE | SHAPE.DOT });
