import { withoutSurroundingWhitespace, type Detection } from '@tclint/core';
import { readProductTokens } from './product-tokens.js';

const TYPE = 'User Agent';

/**
 * Recognizes User-Agent strings: `Mozilla/<version>` (browsers and most
 * bots), or a string that reads as products and comments and starts with a
 * `name/version` product (`curl/7.88.1`, `python-requests/2.31.0`,
 * `Wget/1.21.4 (linux-gnu)`). When some products have no version and the
 * string does not start with `Mozilla/`, it only could be one.
 */
export function detectUserAgent(value: string): Detection | undefined {
  const text = withoutSurroundingWhitespace(value) ?? value;
  if (text.startsWith('Mozilla/') && isDigit(text.charCodeAt(8))) return { type: TYPE, confidence: 0.95 };
  const tokens = readProductTokens(text);
  if (!tokens?.startsVersioned) return undefined;
  return { type: TYPE, confidence: tokens.bare === 0 ? 0.85 : 0.4 };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
