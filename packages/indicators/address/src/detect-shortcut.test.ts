import type { Detection } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeAddress } from './analyze-address.js';
import { detectAddress } from './detect.js';

/** detectAddress without its shortcut: every answer from the full analysis. */
function detectByAnalysis(value: string): Detection | undefined {
  if (value.length > 256) return undefined;
  const analysis = analyzeAddress(value);
  if (analysis.kind !== 'address' || analysis.parts!.slash >= 0) return undefined;
  if (analysis.parts!.percent >= 0 && !/^[A-Za-z0-9._-]*$/.test(analysis.parts!.zone)) return undefined;
  if (analysis.ipv4?.count !== undefined) return { type: 'Address', confidence: 0.3 };
  if (analysis.fixed === undefined) return { type: 'Address', confidence: 0.6 };
  return { type: 'Address', confidence: 0.9 };
}

const PIECES = ['0', '1', '9', '01', '256', 'a', 'f', 'A', 'F', 'x', 'X', 'g', 'z', '.', ':', '::', '/', '%', ' ', '\t', '\u00a0', '\u0011', '[', ']', '-', '@', '1.2.3.4', '::ffff:', ':8080', '0x1f', 'ffff', 'eth0', 'é'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

const inputs = fc.oneof(pieced, fc.string(), fc.ipV4(), fc.ipV6());

describe('the shortcut in detectAddress', () => {
  it('never changes an answer', () => {
    // the inputs do include values it claims
    expect(fc.sample(inputs, { numRuns: 1500, seed: 8 }).filter((value) => detectAddress(value) !== undefined).length).toBeGreaterThan(30);
    fc.assert(
      fc.property(inputs, (value) => {
        expect(detectAddress(value)).toEqual(detectByAnalysis(value));
      }),
      { numRuns: 1500, seed: 8 },
    );
  });

  it('keeps its answers on the edge cases', () => {
    for (const value of ['[ 010.1.2.3]', '0x\u0011.0.0.1', '1.2.3.4:http', 'abc', 'ab:cd', 'deadbeef.cafe', 'd41d8cd98f00b204e9800998ecf8427e', '10.1', '::1', '']) {
      expect(detectAddress(value), value).toEqual(detectByAnalysis(value));
    }
  });
});
