import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointSet, MAX_CODE_POINT } from './code-point-set.js';

const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x2ff }), fc.integer({ min: 0xd7f0, max: 0xe010 }), fc.integer({ min: 0, max: MAX_CODE_POINT }));
const set = fc.array(fc.tuple(codePoint, fc.integer({ min: 0, max: 40 })), { maxLength: 8 }).map((ranges) =>
  CodePointSet.fromRanges(ranges.flatMap(([start, length]) => [start, Math.min(start + length, MAX_CODE_POINT)])),
);
const SEED = 1_207;

describe('CodePointSet (fast-check seed 1207)', () => {
  it('keeps ranges sorted, disjoint and apart', () => {
    fc.assert(
      fc.property(set, (s) => {
        const r = s.ranges;
        for (let i = 0; i < r.length; i += 2) {
          expect(r[i]!).toBeLessThanOrEqual(r[i + 1]!);
          if (i > 0) expect(r[i]!).toBeGreaterThan(r[i - 1]! + 1);
        }
      }),
      { seed: SEED },
    );
  });

  it('union, intersection, complement and within agree with membership', () => {
    fc.assert(
      fc.property(set, set, codePoint, fc.integer({ min: 0, max: MAX_CODE_POINT }), (a, b, cp, bound) => {
        expect(a.union(b).has(cp)).toBe(a.has(cp) || b.has(cp));
        expect(a.intersect(b).has(cp)).toBe(a.has(cp) && b.has(cp));
        expect(a.subtract(b).has(cp)).toBe(a.has(cp) && !b.has(cp));
        expect(a.complement().has(cp)).toBe(!a.has(cp));
        expect(a.complement().complement().equals(a)).toBe(true);
        expect(a.within(Math.min(bound, cp), Math.max(bound, cp)).has(cp)).toBe(a.has(cp));
        expect(a.within(bound, bound).has(cp)).toBe(cp === bound && a.has(cp));
      }),
      { seed: SEED },
    );
  });

  it('builds from a predicate', () => {
    const even = CodePointSet.fromPredicate((cp) => cp % 2 === 0, 0, 9);
    expect([...even.pairs()]).toEqual([[0, 0], [2, 2], [4, 4], [6, 6], [8, 8]]);
    expect(CodePointSet.of(3, 1, 2).ranges).toEqual([1, 3]);
    expect(CodePointSet.range(5, 4).isEmpty).toBe(true);
  });
});
