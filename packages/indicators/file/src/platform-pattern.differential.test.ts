import { createEngine, indicator } from '@tclint/core';
import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { generateIndicatorValues, LINE_ENDINGS } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASH_FIELDS } from './fields.js';
import { plugin } from './index.js';
import { fingerprintOf, MD5, SHA1, SHA256 } from './testing/hashes.js';

// The package's error verdict against ThreatConnect's File patterns applied by Java itself: a File
// is refused when a field that holds a value is refused by its pattern (an empty field holds no
// hash), or when no field holds one. Without a Java 17 the test is reported as skipped, with the
// reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-file differential test against real Java: ${skipReason}`);

const HASHES = [MD5, SHA1, SHA256];
const hashLike = fc.oneof(
  fc.constantFrom(...HASHES, ...HASHES.map((h) => h.toUpperCase()), ...HASHES.map(fingerprintOf)),
  fc.integer({ min: 30, max: 66 }).chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: n, maxLength: n })),
);
const tricky = fc
  .tuple(
    fc.constantFrom('', '', '', ' ', '\t', '\u00a0', 'SHA1: ', 'MD5=', 'sha256 ', 'md5:', '0x'),
    hashLike,
    fc.constantFrom('', '', '', ...LINE_ENDINGS, ' ', 'g', '\u0661', '\ud800', ':'),
  )
  .map(([a, h, b]) => a + h + b);
const trickyFiles = fc.sample(
  fc.record({ md5: fc.oneof(tricky, fc.constant('')), sha1: fc.oneof(tricky, fc.constant('')), sha256: fc.oneof(tricky, fc.constant('')) }, { requiredKeys: [] }),
  { numRuns: 1500, seed: 42 },
);

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`file errors against ThreatConnect's patterns in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses some field that holds a value', async () => {
    const generated = generateIndicatorValues().filter((v) => v.type === 'File');
    const files: Record<string, string>[] = [...generated.map((v) => ({ [v.field]: v.value })), ...trickyFiles];
    const types = recordedIndicatorTypes();
    const cases = files.flatMap((values) => HASH_FIELDS.filter((f) => values[f]).map((f) => ({ pattern: types.field('File', f)!.patterns[0]!, input: values[f]! })));
    const java = await oracle.judge(cases);
    const engine = createEngine({ config: [plugin.configs.recommended] });
    let next = 0;
    const wrong = files.flatMap((values) => {
      const verdicts = HASH_FIELDS.filter((f) => values[f]).map(() => java[next++]!);
      if (verdicts.some((v) => v.kind !== 'verdict')) return [`${JSON.stringify(values)}: Java ${verdicts.map((v) => v.kind).join()}`];
      const refused = verdicts.length === 0 || verdicts.some((v) => v.kind === 'verdict' && !v.matches);
      const errors = engine.check(indicator('File', values)).messages.filter((m) => m.severity === 'error');
      return (errors.length > 0) === refused ? [] : [`${JSON.stringify(values)}: Java ${refused ? 'refuses' : 'accepts'}, tclint ${errors.map((m) => m.ruleId).join(', ') || 'no error'}`];
    });
    console.log(`${files.length} File indicators (${cases.length} hash values) compared with ${oracle.javaVersion}: ${wrong.length} disagreements`);
    expect(files.length).toBeGreaterThanOrEqual(2500);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
