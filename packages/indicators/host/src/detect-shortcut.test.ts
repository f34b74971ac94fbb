import type { Detection } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDot, splitWhitespace } from './chars.js';
import { detectHost, HOST_CONFIDENCE } from './detect.js';
import { ipAddressKind } from './ip-address.js';

/** detectHost as it was written before its one-pass rewrite, kept as the reference. */
function detectHostReference(value: string): Detection | undefined {
  const { core } = splitWhitespace(value);
  if (core.length === 0 || core.length > 1024 || ipAddressKind(core)) return undefined;
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

function plausibleTld(label: string): boolean {
  if (/^xn--[a-z0-9-]+$/i.test(label)) return true;
  return label.length >= 2 && label.length <= 63 && /^\p{L}+$/u.test(label);
}

const PIECES = ['a', 'Z', 'com', 'de', 'xn--', 'xn--p1ai', 'рф', 'ö', '例', '1', '0x1f', '255', '.', '。', '．', '｡', '-', '_', ' ', '\t', '\u00a0', '\u3000', ':', '/', '@', '[', ']', '\ufffd', '\ud800', '\udc00', '😀', 'ǅ', '\u0301'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));

const LABELS = ['a', 'example', 'EXAMPLE', 'xn--p1ai', 'рф', 'österreich', '例え', 'a-b', '_dmarc', '-a', '1', '255', '0x1f', 'c', 'com', 'de', 'museum', 'xn--', 'ǅ', 'a\u00a0b', 'a b', 'a😀', ''];
const named = fc.tuple(fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 4 }), fc.constantFrom('.', '。', '．', '｡'), fc.constantFrom('', '.', ' ', '\u3000')).map(([labels, dot, end]) => labels.join(dot) + end);
const inputs = fc.oneof(named, pieced, fc.string(), fc.ipV4(), fc.ipV4Extended(), fc.ipV6());

describe('detectHost', () => {
  it('answers exactly as the reference does', () => {
    // the inputs do include values it claims
    expect(fc.sample(inputs, { numRuns: 1500, seed: 8 }).filter((value) => detectHost(value) !== undefined).length).toBeGreaterThan(30);
    fc.assert(
      fc.property(inputs, (value) => {
        expect(detectHost(value)).toEqual(detectHostReference(value));
      }),
      { numRuns: 1500, seed: 8 },
    );
  });
});
