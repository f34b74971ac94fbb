import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import fc from 'fast-check';
import { plugin } from './index.js';
import { RESERVED_ASN_RANGES } from './reserved-ranges.js';

const anyAsn = fc.oneof(
  fc.integer({ min: 0, max: 4294967295 }),
  fc.integer({ min: 0, max: 499999999 }),
  fc.integer({ min: 0, max: 99999 }),
  fc.constantFrom(...RESERVED_ASN_RANGES.flatMap((r) => [r.first - 1, r.first, r.last, r.last + 1])),
  fc.constantFrom(4294967296, 499999999, 500000000, 99999999999, 12345678, 123456789, 1234567890),
);
const spelled = fc
  .record({
    n: anyAsn,
    prefix: fc.constantFrom('ASN', 'ASN', 'ASN', '', 'AS', 'as', 'asn', 'AsN'),
    inside: fc.constantFrom('', '', ' ', '\t'),
    zeros: fc.constantFrom(0, 0, 0, 1, 2, 5),
    around: fc.constantFrom('', '', '', ' ', '\n', '\u00a0'),
    tail: fc.constantFrom('', '', '', 'x', '.', '.1', ' 2'),
  })
  .map(({ n, prefix, inside, zeros, around, tail }) => `${around}${prefix}${inside}${'0'.repeat(zeros)}${n}${tail}${around}`);
const noise = fc.oneof(
  fc.string({ unit: fc.constantFrom('A', 'S', 'N', 'a', 's', 'n', ' ', '\t', '0', '1', '9', '.', '-', ':', 'x', '\ud800', '\u00a0', '\u3000', '١') }),
  fc.string({ unit: 'binary' }),
);

const seedAndReadme = ['ASN12345', '12345', 'AS12345', 'AS 12345', 'ASN 12345', 'ASN0', 'ASN4294967295', 'ASN4294967296', 'ASN012', 'as12345', 'asn12345', 'ASN64512', 'ASN65552', 'ASN23455', 'AS12abc', '', ' ASN1', 'ASN1 ', 'ASN499999999', 'ASN500000000', 'ASN000000012'];

testIsClean(plugin, { arbitrary: fc.oneof(spelled, noise), exact: seedAndReadme });
testMayDetect(plugin, { arbitrary: fc.oneof(spelled, noise), values: seedAndReadme });
// with a user's own reply (here the recorded one, passed as a setting), isClean also asks its pattern
testIsClean(plugin, { arbitrary: fc.oneof(spelled, noise), exact: seedAndReadme, settings: { indicatorTypes: recordedIndicatorTypes() } });
