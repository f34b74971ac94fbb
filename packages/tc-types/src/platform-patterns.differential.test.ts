import { disagreements, formatDisagreements, javaSkipReason, startJavaOracle, type JavaCase, type JavaOracle, type JavaScriptJudgement } from '@tclint/java-regex/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedIndicatorTypes } from './recorded.js';
import { GENERATOR_SEED, generateIndicatorValues, SEED_EXAMPLES } from './testing/index.js';

// ThreatConnect's recorded patterns, as this package applies them, against java.util.regex itself.
// Without a Java 17 the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/tc-types differential test against real Java: ${skipReason}`);

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`ThreatConnect's patterns against real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it(`agree on 30,000+ generated values of the 12 types (seed ${GENERATOR_SEED}) and every seed example`, async () => {
    const types = recordedIndicatorTypes();
    const values = [
      ...generateIndicatorValues(),
      ...SEED_EXAMPLES.flatMap((e) => Object.entries(e.values).map(([field, value]) => ({ type: e.type, field, value }))),
    ];
    const fields = values.map((v) => types.field(v.type, v.field)!);
    const cases: JavaCase[] = values.flatMap((v, i) => fields[i]!.patterns.map((pattern) => ({ pattern, input: v.value })));
    const java = await oracle.judge(cases);
    const javascript: JavaScriptJudgement[] = cases.map((c) => {
      const regex = types.compiledPattern(c.pattern);
      if (regex instanceof Error) throw regex;
      const found = regex.findFirst(c.input);
      return { kind: 'verdict', matches: regex.matches(c.input), ...(found ? { find: found } : {}) };
    });
    const found = disagreements(cases, java, javascript);
    console.log(`${values.length} values, ${cases.length} (pattern, value) pairs compared with ${oracle.javaVersion}: ${found.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(30_000);
    expect(new Set(values.map((v) => v.type)).size).toBe(12);
    expect(found, formatDisagreements(found)).toEqual([]);

    // the field's verdict is Java's: some pattern of the field matches the whole value
    const verdicts = java.map((j) => j.kind === 'verdict' && j.matches);
    let next = 0;
    const wrong = values.filter((v, i) => {
      const javaAccepts = fields[i]!.patterns.map(() => verdicts[next++]).some(Boolean) || fields[i]!.patterns.length === 0;
      const verdict = types.checkField(fields[i]!, v.value);
      const accepts = verdict.kind === 'match' || verdict.kind === 'unchecked';
      return fields[i]!.options ? false : accepts !== javaAccepts;
    });
    expect(wrong.slice(0, 5)).toEqual([]);
    const accepted = values.filter((v, i) => types.checkField(fields[i]!, v.value).kind === 'match').length;
    console.log(`ThreatConnect's patterns accept ${accepted} of the ${values.length} values`);
  });
});
