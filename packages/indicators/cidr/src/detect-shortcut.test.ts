import type { Detection } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBlock } from './analyze-block.js';
import { detectCidr } from './detect.js';
import { anyText, ipv4Block, ipv6Block, mutatedBlock } from './testing/blocks.js';

/** detectCidr without its shortcut: every answer from the full analysis. */
function detectByAnalysis(value: string): Detection | undefined {
  const block = analyzeBlock(value);
  if (block.kind !== 'block' || block.prefixIssue === 'invalid' || block.prefixIssue === 'missingLength') return undefined;
  if (block.zone !== undefined && !/^[A-Za-z0-9._-]*$/.test(block.zone)) return undefined;
  if (block.fixed !== undefined) return { type: 'CIDR', confidence: 0.9 };
  if (block.ipv4?.count !== undefined) return { type: 'CIDR', confidence: 0.3 };
  return { type: 'CIDR', confidence: 0.6 };
}

const PIECES = ['0', '1', '9', '00', 'a', 'f', 'A', 'F', 'x', 'X', 'g', 'z', '.', ':', '::', '/', '%', ' ', '\t', '\u00a0', '\u0011', '\u001f', '[', ']', '-', '1.2.3.4', '/24', '/0', '0x1f', 'ffff', 'é'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

const inputs = fc.oneof(pieced, anyText, mutatedBlock, ipv6Block({ hostBits: true, paddedPrefix: true }), ipv4Block({ hostBits: true, paddedPrefix: true }));

describe('the shortcut in detectCidr', () => {
  it('never changes an answer', () => {
    // the inputs do include values it claims
    expect(fc.sample(inputs, { numRuns: 1500, seed: 8 }).filter((value) => detectCidr(value) !== undefined).length).toBeGreaterThan(30);
    fc.assert(
      fc.property(inputs, (value) => {
        expect(detectCidr(value)).toEqual(detectByAnalysis(value));
      }),
      { numRuns: 1500, seed: 8 },
    );
  });

  it('reads an address of 64 characters, and no longer one', () => {
    for (const value of [`${'0'.repeat(56)}1.2.3.4/8`, `${'0'.repeat(57)}1.2.3.4/8`, '0x\u0011.0.0.1/8', 'fe80::1%eth0/64', 'example.com/24', '']) {
      expect(detectCidr(value), value).toEqual(detectByAnalysis(value));
    }
  });
});
