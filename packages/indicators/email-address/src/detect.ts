import { shapeFilter, SHAPE, type Detection } from '@tclint/core';
import { recognizeHostName } from '@tclint/hostname';
import { structureProblem } from './analyze.js';
import { isPlausibleLocalPart } from './local-part.js';
import { splitEmail } from './split-email.js';

/** How sure `detectEmailAddress` is of `local@domain.tld`. */
export const EMAIL_CONFIDENCE = 0.9;
const MAX_DETECTED = 512;

/**
 * Recognizes `local-part@domain.tld` on positive evidence: exactly one `@`,
 * a local part ThreatConnect accepts that does not start with `/` (a URL path
 * such as `/xwunThedic@t6.php` is no address), and a domain that reads as a
 * host name ending in a real top-level domain. URLs with user info
 * (`http://user@example.com`) are not email addresses: `:` and `/` before the
 * `@` rule them out.
 */
export function detectEmailAddress(value: string): Detection | undefined {
  // without an "@" there is no separator: most values of a mixed feed stop here
  if (typeof value !== 'string' || value.length > MAX_DETECTED || value.indexOf('@') < 0) return undefined;
  // the split alone, not the full analysis: a clean address is settled by isClean and never needs the domain normalized
  const parts = splitEmail(value);
  if (!parts || structureProblem(value, parts)) return undefined;
  if (parts.domain.trimStart() !== parts.domain || !isPlausibleLocalPart(parts.local, parts.quoted) || !recognizeHostName(parts.domain)) return undefined;
  return { type: 'EmailAddress', confidence: EMAIL_CONFIDENCE };
}

/** The shapes `detectEmailAddress` can recognize: an `@` is always there. */
export const mayDetectEmailAddress = shapeFilter({ all: SHAPE.AT | SHAPE.DOT, minLength: 5 });
