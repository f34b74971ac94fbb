import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { compareWithJava, generateIndicatorValues, LINE_ENDINGS } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUTEX } from './field.js';
import { plugin } from './index.js';

// The package's error verdict against ThreatConnect's Mutex pattern applied by Java itself.
// Without a Java 17 the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-mutex differential test against real Java: ${skipReason}`);

const tricky = fc.tuple(
  fc.constantFrom('', '', 'Global\\', 'Local\\', 'global\\', 'Session\\1\\', '\\BaseNamedObjects\\', 'Global\\Local\\', ' Global\\'),
  fc.oneof(
    fc.string({ unit: fc.constantFrom('m', ' ', '\t', '\n', '\r', '\u000b', '\f', '\u0000', '\u001f', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '😀', '\ud800', '\udc00', '\\', 'é'), maxLength: 12 }),
    fc.integer({ min: 255, max: 266 }).chain((n) => fc.constantFrom('m'.repeat(n), '😀'.repeat(n), `${'m'.repeat(n - 1)} `, `${'m'.repeat(n - 1)}\t`)),
  ),
  fc.constantFrom('', '', '', ...LINE_ENDINGS, ' ', '\t'),
);
const trickyValues = fc.sample(tricky.map(([a, b, c]) => a + b + c), { numRuns: 1500, seed: 42 });

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`mutex errors against ThreatConnect's pattern in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses the value', async () => {
    const values = [...generateIndicatorValues().filter((v) => v.type === 'Mutex').map((v) => v.value), ...trickyValues];
    const { disagreements, refused } = await compareWithJava(oracle, [plugin], 'Mutex', MUTEX, values);
    console.log(`${values.length} Mutex values (${refused} refused by ${oracle.javaVersion}): ${disagreements.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
