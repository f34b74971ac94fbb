import type { Detection } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAsn } from './detect.js';
import { parseAsn } from './parse-asn.js';

/** detectAsn without its shortcut: every answer from the full parse. */
function detectByParse(value: string): Detection | undefined {
  const parsed = parseAsn(value);
  switch (parsed.kind) {
    case 'number':
      if (parsed.spelling.prefix !== '') return { type: 'ASN', confidence: 0.9 };
      return { type: 'ASN', confidence: parsed.spelling.asdot ? 0.2 : 0.3 };
    case 'outOfRange':
    case 'asdotPartOutOfRange':
      return parsed.prefix !== '' ? { type: 'ASN', confidence: 0.7 } : undefined;
    default:
      return undefined;
  }
}

const PIECES = ['AS', 'as', 'aS', 'ASN', 'n', 'A', 's', 'x', '0', '1', '12345', '4294967296', '.', '65536', ' ', '\t', '\u00a0', '\u3000', '-', 'é'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

const inputs = fc.oneof(pieced, fc.string());

describe('the shortcut in detectAsn', () => {
  it('never changes an answer', () => {
    // the inputs do include values it claims
    expect(fc.sample(inputs, { numRuns: 1500, seed: 8 }).filter((value) => detectAsn(value) !== undefined).length).toBeGreaterThan(30);
    fc.assert(
      fc.property(inputs, (value) => {
        expect(detectAsn(value)).toEqual(detectByParse(value));
      }),
      { numRuns: 1500, seed: 8 },
    );
  });
});
