import { shapeFilter, SHAPE, type Detection } from '@tclint/core';
import { recognizeHostName } from '@tclint/hostname';

/** How sure `detectHost` is of a dotted name with a real top-level domain (a URL's 0.95 stays above it). */
export const HOST_CONFIDENCE = 0.9;
/** A name whose top-level domain is also a file extension (`invoice.zip`): only a guess, so the engine calls it ambiguous. */
export const FILE_LIKE_CONFIDENCE = 0.4;

/**
 * Recognizes a host name: two or more labels ending in a real top-level
 * domain (the Public Suffix List's), no scheme, port, path or `@`, not an IP
 * address. File names (`update.bat`, `MiniDump.exe`) are declined; a name
 * whose top-level domain is also a file extension is only a guess.
 */
export function detectHost(value: string): Detection | undefined {
  const reading = recognizeHostName(value);
  if (reading === undefined) return undefined;
  return { type: 'Host', confidence: reading === 'host' ? HOST_CONFIDENCE : FILE_LIKE_CONFIDENCE };
}

/** The shapes `detectHost` can recognize: letters, digits, hyphens, underscores, dots (any UTS #46 dot is non-ASCII), whitespace around. */
const hostShape = shapeFilter({
  any: SHAPE.DOT | SHAPE.NON_ASCII,
  only: SHAPE.LETTER | SHAPE.DIGIT | SHAPE.UPPERCASE | SHAPE.DOT | SHAPE.HYPHEN | SHAPE.UNDERSCORE | SHAPE.NON_ASCII | SHAPE.WHITESPACE,
  minLength: 3,
});

/**
 * The values `detectHost` can recognize: the shapes above, and not ending in
 * a label of ASCII digits (no top-level domain is a number), so dotted IPv4
 * addresses stop here.
 */
export const mayDetectHost = (shape: number, length: number, value: string): boolean => hostShape(shape, length) && !endsWithNumericLabel(value);

const DOT = 0x2e;

/** `...<dot><ASCII digits>`, with one root dot and ASCII whitespace after it allowed. */
function endsWithNumericLabel(value: string): boolean {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) <= 0x20) end--;
  if (end > 0 && value.charCodeAt(end - 1) === DOT) end--;
  let i = end;
  while (i > 0 && isDigit(value.charCodeAt(i - 1))) i--;
  return i < end && i > 0 && value.charCodeAt(i - 1) === DOT;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
