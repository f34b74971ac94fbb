import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDefangs, mayHaveDefangs } from './find-defangs.js';

/** The scheme part findDefangs found before its char-code rewrite: a lower-cased slice compared with hxxps / hxxp. */
function schemeByLowerCase(value: string) {
  const start = value.length - value.trimStart().length;
  const lower = value.slice(start, start + 6).toLowerCase();
  let end: number;
  if (lower.startsWith('hxxps')) end = start + 5;
  else if (lower.startsWith('hxxp')) end = start + 4;
  else return undefined;
  const next = value[end];
  if (next !== ':' && next !== '[' && next !== '(' && next !== '{') return undefined;
  return { family: 'scheme', start, end, written: value.slice(start, end), replacement: end - start === 5 ? 'https' : 'http' };
}

const PIECES = ['h', 'H', 'x', 'X', 'p', 'P', 's', 'S', 'ſ', 'K', 'İ', ':', '[', '(', '{', ' ', '\t', '\u00a0', '//', 'hxxp', 'hXXps'];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

describe('the defanged scheme', () => {
  it('is found exactly where the lower-cased comparison found it', () => {
    fc.assert(
      fc.property(fc.oneof(pieced, fc.string()), (value) => {
        const found = findDefangs(value).find((d) => d.family === 'scheme');
        expect(found).toEqual(schemeByLowerCase(value));
      }),
      { numRuns: 1500, seed: 8 },
    );
  });

  it('is what mayHaveDefangs looks for, with the brackets', () => {
    fc.assert(
      fc.property(fc.oneof(pieced, fc.string(), fc.constantFrom('example[.]com', 'a(dot)b', 'x{at}y', 'hxxp:', ' hXXps[:]//x')), (value) => {
        if (!mayHaveDefangs(value)) expect(findDefangs(value)).toEqual([]);
        else if (findDefangs(value).length === 0) expect(/[[({]/.test(value)).toBe(true);
      }),
      { numRuns: 1500, seed: 8 },
    );
  });
});
