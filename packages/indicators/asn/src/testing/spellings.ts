import fc from 'fast-check';
import { RESERVED_ASN_RANGES } from '../reserved-ranges.js';

/** AS numbers around every limit and reserved range. */
export const anyAsn = fc.oneof(
  fc.integer({ min: 0, max: 4294967295 }),
  fc.integer({ min: 0, max: 499999999 }),
  fc.integer({ min: 0, max: 99999 }),
  fc.constantFrom(...RESERVED_ASN_RANGES.flatMap((r) => [r.first - 1, r.first, r.last, r.last + 1])),
  fc.constantFrom(4294967296, 499999999, 500000000, 99999999999, 12345678, 123456789, 1234567890),
);
/** AS numbers as people write them: any prefix case, spaces, leading zeros, a stray tail. */
export const spelled = fc
  .record({
    n: anyAsn,
    prefix: fc.constantFrom('ASN', 'ASN', 'ASN', '', 'AS', 'as', 'asn', 'AsN'),
    inside: fc.constantFrom('', '', ' ', '\t'),
    zeros: fc.constantFrom(0, 0, 0, 1, 2, 5),
    around: fc.constantFrom('', '', '', ' ', '\n', '\u00a0'),
    tail: fc.constantFrom('', '', '', 'x', '.', '.1', ' 2'),
  })
  .map(({ n, prefix, inside, zeros, around, tail }) => `${around}${prefix}${inside}${'0'.repeat(zeros)}${n}${tail}${around}`);
/** Text made of the characters AS numbers are written with, and anything else. */
export const noise = fc.oneof(
  fc.string({ unit: fc.constantFrom('A', 'S', 'N', 'a', 's', 'n', ' ', '\t', '0', '1', '9', '.', '-', ':', 'x', '\ud800', '\u00a0', '\u3000', '١') }),
  fc.string({ unit: 'binary' }),
);
