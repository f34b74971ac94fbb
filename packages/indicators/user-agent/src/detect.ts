import { shapeFilter, SHAPE, withoutSurroundingWhitespace, type Detection } from '@tclint/core';
import { KNOWN_CLIENTS, PROTOCOL_NAMES } from './known-clients.js';
import { mayStartWithProduct, readProductTokens } from './product-tokens.js';

const TYPE = 'User Agent';

/**
 * Recognizes User-Agent strings by positive evidence only: `Mozilla/<version>`
 * (browsers and most bots), or a string that reads as products and comments,
 * starts with a `name/version` product and has more than that one product: a
 * comment (`Wget/1.21.4 (linux-gnu)`), a second versioned product, or the name
 * of a known client (`curl/7.88.1`, `python-requests/2.31.0`). A lone
 * `name/version` of another name (`HTTP/1.1`, base64 with a `/`) is not
 * claimed. When some products have no version, it only could be one.
 */
export function detectUserAgent(value: string): Detection | undefined {
  const text = withoutSurroundingWhitespace(value) ?? value;
  if (text.startsWith('Mozilla/') && isDigit(text.charCodeAt(8))) return { type: TYPE, confidence: 0.95 };
  const tokens = readProductTokens(text);
  if (!tokens?.startsVersioned) return undefined;
  const first = text.slice(0, text.indexOf('/')).toLowerCase();
  if (PROTOCOL_NAMES.has(first)) return undefined;
  const evidence = KNOWN_CLIENTS.has(first) || tokens.versioned > 1 || text.includes('(');
  if (!evidence && tokens.bare === 0) return undefined;
  return { type: TYPE, confidence: evidence && tokens.bare === 0 ? 0.85 : 0.4 };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const userAgentShape = shapeFilter({ all: SHAPE.SLASH | SHAPE.DIGIT });

/**
 * The values `detectUserAgent` can recognize: a product's `/` and the digit
 * its version starts with, and a start `readProductTokens` may read (a URL's
 * `https:` is no product).
 */
export const mayDetectUserAgent = (shape: number, length: number, value: string): boolean => userAgentShape(shape, length) && mayStartWithProduct(value);
