import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { compareWithJava, generateIndicatorValues, LINE_ENDINGS } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_AGENT_STRING } from './field.js';
import { plugin } from './index.js';

// The package's error verdict against ThreatConnect's User Agent pattern applied by Java itself.
// Without a Java 17 the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-user-agent differential test against real Java: ${skipReason}`);

const PARTS = ['Mozilla/5.0', '(Windows NT 10.0; Win64; x64)', 'AppleWebKit/537.36', '(KHTML, like Gecko)', 'curl/8.4.0', "it's", 'it’s', '[en]', '{x}', '!"#$%&*+,-./:;<=>?@^_`|~'];
const tricky = fc.tuple(
  fc.constantFrom('', '', ' ', '\t', '\u00a0', '\ufeff', ...LINE_ENDINGS),
  fc.oneof(
    fc.array(fc.oneof(fc.constantFrom(...PARTS), fc.constantFrom(' ', '\\', "'", '’', '\u2018', '`', '\t', '\u0000', '\u007f', '\u0085', '\u00a0', '\u3000', '😀', '\ud800', 'é', 'ß')), { maxLength: 8 }).map((parts) => parts.join('')),
    fc.integer({ min: 250, max: 262 }).chain((n) => fc.constantFrom('u'.repeat(n), `curl/${'7'.repeat(n - 5)}`, '’'.repeat(n), '😀'.repeat(n))),
  ),
  fc.constantFrom('', '', '', ...LINE_ENDINGS, ' ', '\t'),
);
const trickyValues = fc.sample(tricky.map(([a, b, c]) => a + b + c), { numRuns: 1500, seed: 42 });

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`user-agent errors against ThreatConnect's pattern in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses the value', async () => {
    const values = [...generateIndicatorValues().filter((v) => v.type === 'User Agent').map((v) => v.value), ...trickyValues];
    const { disagreements, refused } = await compareWithJava(oracle, [plugin], 'User Agent', USER_AGENT_STRING, values);
    console.log(`${values.length} User Agent values (${refused} refused by ${oracle.javaVersion}): ${disagreements.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
