import { shapeFilter, SHAPE, type Detection, type DetectContext } from '@tclint/core';
import { addressAnalysis, analyzeAddress } from './analyze-address.js';

/** How sure `detectAddress` is of an IP address, right or fixable. */
export const ADDRESS_CONFIDENCE = 0.9;
const MAX_DETECTED = 256;

/**
 * An IPv4 or IPv6 address without a prefix length is an Address: confidently
 * when it is right or fixable (brackets, zone id, IPv6 form, whitespace),
 * less so with a port or an IPv4 problem no rule fixes (`010.0.0.1`), and
 * only as a guess for short dotted forms (`10.1`, `1.2.3.4.5`), which are as
 * likely versions. A value with a prefix length is CIDR's; a bare number is
 * not claimed (it could be anything), nor a zone id that names no interface.
 */
export function detectAddress(value: string, context?: DetectContext): Detection | undefined {
  if (typeof value !== 'string' || value.length > MAX_DETECTED || !mayBeAddress(value)) return undefined;
  const analysis = context ? context.analyze(addressAnalysis, value) : analyzeAddress(value);
  if (analysis.kind !== 'address') return undefined;
  const parts = analysis.parts!;
  if (parts.slash >= 0 || (parts.percent >= 0 && !isZoneId(parts.zone))) return undefined;
  if (analysis.ipv4?.count !== undefined) return { type: 'Address', confidence: 0.3 };
  if (analysis.fixed === undefined) return { type: 'Address', confidence: 0.6 };
  return { type: 'Address', confidence: ADDRESS_CONFIDENCE };
}

const DOT = 0x2e;
const COLON = 0x3a;
const SLASH = 0x2f;
const PERCENT = 0x25;
const OPEN_BRACKET = 0x5b;

/**
 * False when the value is certainly no IP address (the analysis would find
 * no family). A value that starts with a printable character and no bracket
 * starts with its address, which ends at a port colon, `%`, `/` or
 * whitespace; an address any reader accepts has only hex digits, `x` (of a
 * hex octet), dots and colons, with at least one dot or colon. A host, URL
 * or hash fails within a few characters, or at its end. Whitespace, brackets
 * and non-ASCII text are left to the analysis.
 */
function mayBeAddress(value: string): boolean {
  const first = value.charCodeAt(0);
  if (!(first > 0x20 && first < 0x7f) || first === OPEN_BRACKET) return true;
  let dotOrColon = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === DOT || c === COLON) dotOrColon = true;
    else if (!isHexOrX(c)) {
      if (c === SLASH || c === PERCENT) return dotOrColon;
      return !(c > 0x20 && c < 0x7f);
    }
  }
  return dotOrColon;
}

function isHexOrX(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x66) || lower === 0x78;
}

/** A zone id as interfaces are named (`eth0`, `en0`, `25`): ASCII letters, digits, `-`, `_` and `.`. */
function isZoneId(zone: string): boolean {
  for (let i = 0; i < zone.length; i++) {
    const c = zone.charCodeAt(i);
    const lower = c | 0x20;
    if (!((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || c === 0x2d || c === 0x5f || c === 0x2e)) return false;
  }
  return true;
}

/** The shapes `detectAddress` can recognize: a dot or colon, hex digits, `x`, brackets, `%` and a zone id, whitespace around; never a slash. */
export const mayDetectAddress = shapeFilter({
  any: SHAPE.DOT | SHAPE.COLON,
  only: SHAPE.DIGIT | SHAPE.LETTER | SHAPE.UPPERCASE | SHAPE.DOT | SHAPE.COLON | SHAPE.BRACKET | SHAPE.PUNCTUATION | SHAPE.WHITESPACE | SHAPE.HYPHEN | SHAPE.UNDERSCORE,
  minLength: 2,
  maxLength: MAX_DETECTED,
});
