import type { Detection } from '@tclint/core';
import { ipAddressKind } from './ip-address.js';

/** How sure `detectHost` is of a dotted name with a plausible top-level domain (a URL's 0.95 stays above it). */
export const HOST_CONFIDENCE = 0.9;
const MAX_DETECTED = 1024;

/**
 * Recognizes a host name: at least two labels of letters, digits, hyphens,
 * underscores or non-ASCII letters, separated by dots (any UTS #46 dot), with
 * a plausible top-level domain (letters only, or `xn--`), and no scheme, port,
 * path or `@`. An IP address is not a host.
 *
 * One pass over the characters, without allocating; most values that are no
 * host (URLs, addresses with a colon, registry keys) fail within a few.
 */
export function detectHost(value: string): Detection | undefined {
  const core = value.trim();
  const length = core.length;
  if (length === 0 || length > MAX_DETECTED) return undefined;
  const nameEnd = isDotCode(core.charCodeAt(length - 1)) ? length - 1 : length;
  let labels = 0;
  let labelStart = 0;
  let lastStart = 0;
  for (let i = 0; i <= nameEnd; i++) {
    if (i < nameEnd) {
      const code = core.charCodeAt(i);
      if (!isDotCode(code)) {
        if (!isHostUnit(code)) return undefined;
        continue;
      }
    }
    if (i === labelStart) return undefined; // an empty label
    labels++;
    lastStart = labelStart;
    labelStart = i + 1;
  }
  if (labels < 2 || !plausibleTld(core.slice(lastStart, nameEnd))) return undefined;
  // a plausible top-level domain is never a number, so this only confirms it; kept for certainty
  if (ipAddressKind(core)) return undefined;
  return { type: 'Host', confidence: HOST_CONFIDENCE };
}

/** The UTS #46 label separators: the full stop and its ideographic, full-width and half-width forms. */
function isDotCode(code: number): boolean {
  return code === 0x2e || code === 0x3002 || code === 0xff0e || code === 0xff61;
}

const SPACE = /\s/u;

/**
 * A UTF-16 unit a host label may hold. Any surrogate fails: a lone one is no
 * character, and of a pair the low half is looked at on its own, so a
 * character beyond the BMP (an emoji) is not taken for a letter.
 */
function isHostUnit(code: number): boolean {
  if (code > 0x7f) return code !== 0xfffd && !(code >= 0xd800 && code <= 0xdfff) && !SPACE.test(String.fromCharCode(code));
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f;
}

/** Letters only (ASCII or not), 2..63 long, or a Punycode TLD. */
function plausibleTld(label: string): boolean {
  if (isAsciiLetters(label)) return label.length >= 2 && label.length <= 63;
  if (/^xn--[a-z0-9-]+$/i.test(label)) return true;
  return label.length >= 2 && label.length <= 63 && /^\p{L}+$/u.test(label);
}

function isAsciiLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const lower = text.charCodeAt(i) | 0x20;
    if (lower < 0x61 || lower > 0x7a) return false;
  }
  return true;
}
