import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { compareWithJava, generateIndicatorValues, LINE_ENDINGS } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASHTAG } from './field.js';
import { plugin } from './index.js';

// The package's error verdict against ThreatConnect's Hashtag pattern applied by Java itself.
// Without a Java 17 the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-hashtag differential test against real Java: ${skipReason}`);

const tricky = fc.tuple(
  fc.constantFrom('', '', '', ' ', '\t', '\u00a0', ...LINE_ENDINGS),
  fc.constantFrom('#', '#', '#', '', '＃', '##', '# '),
  fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', '_', '-', '.', ' ', '\t', '\u0000', 'é', 'ß', '勒', '\u0661', 'ſ', '\u212a', '😀', '\ud800', '#'), maxLength: 10 }),
    fc.integer({ min: 0, max: 3 }).chain((n) => fc.constantFrom('a'.repeat(n), '1'.repeat(n), '_'.repeat(n), `${'1'.repeat(n)}_`, `_${'a'.repeat(n)}`)),
    fc.integer({ min: 250, max: 258 }).chain((n) => fc.constantFrom('a'.repeat(n), `${'1'.repeat(n - 1)}a`, `${'a'.repeat(n - 1)}_`, 'ab'.repeat(n).slice(0, n))),
  ),
  fc.constantFrom('', '', '', ...LINE_ENDINGS, ' ', '_', '-'),
);
const trickyValues = fc.sample(tricky.map(([a, hash, b, c]) => a + hash + b + c), { numRuns: 1500, seed: 42 });

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`hashtag errors against ThreatConnect's pattern in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses the value', async () => {
    const values = [...generateIndicatorValues().filter((v) => v.type === 'Hashtag').map((v) => v.value), ...trickyValues];
    const { disagreements, refused } = await compareWithJava(oracle, [plugin], 'Hashtag', HASHTAG, values);
    console.log(`${values.length} Hashtag values (${refused} refused by ${oracle.javaVersion}): ${disagreements.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
