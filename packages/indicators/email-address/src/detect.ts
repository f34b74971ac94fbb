import type { Detection } from '@tclint/core';
import { detectHost } from '@tclint/indicator-host';
import { isPlausibleLocalPart } from './local-part.js';
import { splitEmail } from './split-email.js';

/** How sure `detectEmailAddress` is of `local@domain.tld`. */
export const EMAIL_CONFIDENCE = 0.9;
const MAX_DETECTED = 512;

/**
 * Recognizes `local-part@domain.tld`: exactly one `@` outside quotes, a
 * well-formed local part, and a domain the Host package recognizes as a host
 * name (any case, non-ASCII or Punycode). URLs with user info
 * (`http://user@example.com`) are not email addresses: `:` and `/` before
 * the `@` rule them out.
 */
export function detectEmailAddress(value: string): Detection | undefined {
  // without an "@" there is no separator: most values of a mixed feed stop here
  if (typeof value !== 'string' || value.length > MAX_DETECTED || value.indexOf('@') < 0) return undefined;
  const parts = splitEmail(value);
  if (!parts || parts.at < 0 || parts.secondAt >= 0 || parts.unterminated) return undefined;
  if (parts.domain.trimStart() !== parts.domain || !isPlausibleLocalPart(parts.local, parts.quoted) || !detectHost(parts.domain)) return undefined;
  return { type: 'EmailAddress', confidence: EMAIL_CONFIDENCE };
}
