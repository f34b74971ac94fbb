import { shapeFilter, SHAPE, type Detection, type DetectContext } from '@tclint/core';
import { MAX_ADDRESS_LENGTH } from '@tclint/ip';
import { analyzeBlock, blockAnalysis } from './analyze-block.js';

/**
 * An IP address with a prefix length (or a netmask) is a CIDR block:
 * confidently when it is right or fixable, less so when a problem cannot be
 * fixed. A bare address is not (that is the Address type), nor is anything
 * that is not an address before the slash, nor an address followed by a
 * path (`212.192.241.155/up/setup.exe` is a URL without a scheme).
 */
export function detectCidr(value: string, context?: DetectContext): Detection | undefined {
  if (typeof value !== 'string' || !mayBeBlock(value)) return undefined;
  const block = context ? context.analyze(blockAnalysis, value) : analyzeBlock(value);
  if (block.kind !== 'block') return undefined;
  if (block.prefixIssue === 'invalid' || block.prefixIssue === 'missingLength' || (block.zone !== undefined && !isZoneId(block.zone))) return undefined;
  if (block.fixed !== undefined) return { type: 'CIDR', confidence: 0.9 };
  // `1.5/10` is as likely a ratio or a version as a short-form IPv4 block
  if (block.ipv4?.count !== undefined) return { type: 'CIDR', confidence: 0.3 };
  return { type: 'CIDR', confidence: 0.6 };
}

const SLASH = 0x2f;
const PERCENT = 0x25;

/**
 * False when the value is certainly no block (the analysis would find no
 * block), judged from at most its first 65 characters: a value that starts
 * with a printable character must have a `/` (or the `%` of a zone id) after
 * an address of at most 64 characters that any address reader accepts. Most
 * values of a mixed feed fail on their first few characters.
 */
function mayBeBlock(value: string): boolean {
  const first = value.charCodeAt(0);
  // leading whitespace (which the analysis trims) and the rest: let the analysis decide
  if (!(first > 0x20 && first < 0x7f)) return true;
  for (let i = 0; i <= MAX_ADDRESS_LENGTH; i++) {
    const c = value.charCodeAt(i);
    if (c === SLASH || c === PERCENT) return true;
    if (!isAddressChar(c)) return false;
  }
  return false;
}

/** A character the address readers may accept: hex digits, `x` of a hex octet, dots and colons. Past the end, NaN: no. */
function isAddressChar(c: number): boolean {
  if (c >= 0x30 && c <= 0x3a) return true; // 0-9 and ':'
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x66) || lower === 0x78 || c === 0x2e;
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

/** The shapes `detectCidr` can recognize: a slash after an address (dots or colons), hex, `x`, `%` and a zone id, whitespace around. */
export const mayDetectCidr = shapeFilter({
  all: SHAPE.SLASH,
  any: SHAPE.DOT | SHAPE.COLON,
  only: SHAPE.DIGIT | SHAPE.LETTER | SHAPE.UPPERCASE | SHAPE.DOT | SHAPE.COLON | SHAPE.SLASH | SHAPE.PUNCTUATION | SHAPE.WHITESPACE | SHAPE.HYPHEN | SHAPE.UNDERSCORE,
  minLength: 4,
});
