import type { Detection } from '@tclint/core';
import { isDot, splitWhitespace } from './chars.js';
import { ipAddressKind } from './ip-address.js';

/** How sure `detectHost` is of a dotted name with a plausible top-level domain (a URL's 0.95 stays above it). */
export const HOST_CONFIDENCE = 0.9;
const MAX_DETECTED = 1024;

/**
 * Recognizes a host name: at least two labels of letters, digits, hyphens,
 * underscores or non-ASCII letters, separated by dots (any UTS #46 dot), with
 * a plausible top-level domain (letters only, or `xn--`), and no scheme, port,
 * path or `@`. An IP address is not a host.
 */
export function detectHost(value: string): Detection | undefined {
  const { core } = splitWhitespace(value);
  if (core.length === 0 || core.length > MAX_DETECTED || ipAddressKind(core)) return undefined;
  const name = isDot(core[core.length - 1]) ? core.slice(0, -1) : core;
  const labels: string[] = [];
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isDot(name[i])) {
      if (!isHostChar(name.codePointAt(i)!)) return undefined;
      continue;
    }
    labels.push(name.slice(start, i));
    start = i + 1;
  }
  if (labels.length < 2 || labels.some((l) => l === '')) return undefined;
  return plausibleTld(labels[labels.length - 1]!) ? { type: 'Host', confidence: HOST_CONFIDENCE } : undefined;
}

function isHostChar(code: number): boolean {
  if (code > 0x7f) return code !== 0xfffd && !(code >= 0xd800 && code <= 0xdfff) && !/\s/u.test(String.fromCodePoint(code));
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f;
}

/** Letters only (ASCII or not), 2..63 long, or a Punycode TLD. */
function plausibleTld(label: string): boolean {
  if (/^xn--[a-z0-9-]+$/i.test(label)) return true;
  return label.length >= 2 && label.length <= 63 && /^\p{L}+$/u.test(label);
}
