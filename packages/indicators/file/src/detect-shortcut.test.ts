import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFile } from './detect.js';
import { fieldForLength } from './fields.js';
import { readHash } from './read-hash.js';

/** What detectFile answers for a value without " : ", from the full reading (the shortcut left out). */
function detectByReading(value: string) {
  const reading = readHash(value);
  if (reading.kind === 'labelled') return fieldForLength(reading.digits.length) ? { type: 'File', confidence: 0.95 } : reading.digits.length >= 16 ? { type: 'File', confidence: 0.6 } : undefined;
  if (reading.kind !== 'hex') return undefined;
  const n = reading.digits.length;
  if (fieldForLength(n)) return { type: 'File', confidence: n === 64 ? 0.99 : reading.fingerprint ? 0.9 : 0.95 };
  if ([56, 96, 128].includes(n)) return { type: 'File', confidence: 0.6 };
  if (n >= 16 && /[a-f]/i.test(reading.digits) && /[0-9]/.test(reading.digits)) return { type: 'File', confidence: 0.3 };
  return undefined;
}

const hexRun = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9a-fA-F]{${min},${max}}$`));
const PIECES = ['0', 'a', 'F', 'g', ':', ' ', '\t', '\u00a0', '\ufeff', 'x', '.', '-', 'SHA1: ', 'md5=', 'sha256 ', 'SHA-256:', 'MD5', 's', 'm'];
const pieced = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }), hexRun(0, 70), fc.array(fc.constantFrom(...PIECES), { maxLength: 3 })).map(([a, b, c]) => a.join('') + b + c.join(''));

const fingerprint = fc.array(hexRun(2, 2), { minLength: 15, maxLength: 33 }).map((pairs) => pairs.join(':'));
const inputs = fc.oneof(hexRun(10, 140), pieced, fingerprint, fc.string());

describe('the shortcut in detectFile', () => {
  it('never changes an answer', () => {
    // the inputs do include values it claims
    expect(fc.sample(inputs, { numRuns: 1500, seed: 8 }).filter((value) => detectFile(value) !== undefined).length).toBeGreaterThan(30);
    fc.assert(
      fc.property(inputs, (value) => {
        fc.pre(!value.includes(' : '));
        expect(detectFile(value)).toEqual(detectByReading(value));
      }),
      { numRuns: 1500, seed: 8 },
    );
  });
});
