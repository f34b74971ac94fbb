import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { compareWithJava, generateIndicatorValues, LINE_ENDINGS } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_NUMBER } from './field.js';
import { plugin } from './index.js';

// The package's error verdict against ThreatConnect's ASN pattern applied by Java itself.
// Without a Java 17 the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-asn differential test against real Java: ${skipReason}`);

const tricky = fc.tuple(
  fc.constantFrom('', '', '', ' ', '\t', '\u00a0'),
  fc.constantFrom('ASN', 'ASN', 'asn', 'Asn', 'aSn', 'AS', 'as', 'A', 'ASNN', '', 'ＡＳＮ', 'ASN ', 'ASN\t', 'ASN-', 'ASN#'),
  fc.oneof(
    fc.integer({ min: 0, max: 4_294_967_296 }).map(String),
    fc.constantFrom('499999999', '500000000', '4294967295', '99999999', '100000000', '0', '1.10', '65535.65535', '12abc', '12 34', '١٢', '٠'),
    fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 0, max: 499_999_999 })).map(([zeros, n]) => '0'.repeat(zeros) + n),
  ),
  fc.constantFrom('', '', '', ...LINE_ENDINGS, ' ', 'x', '.'),
);
const trickyValues = fc.sample(tricky.map(([a, prefix, n, c]) => a + prefix + n + c), { numRuns: 1500, seed: 42 });

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`asn errors against ThreatConnect's pattern in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses the value', async () => {
    const values = [...generateIndicatorValues().filter((v) => v.type === 'ASN').map((v) => v.value), ...trickyValues];
    const { disagreements, refused } = await compareWithJava(oracle, [plugin], 'ASN', AS_NUMBER, values);
    console.log(`${values.length} ASN values (${refused} refused by ${oracle.javaVersion}): ${disagreements.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
