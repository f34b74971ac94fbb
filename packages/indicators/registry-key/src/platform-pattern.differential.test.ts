import { createEngine, indicator } from '@tclint/core';
import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { generateIndicatorValues, LINE_ENDINGS, REGISTRY_ROOTS, REGISTRY_VALUE_TYPES } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_NAME, VALUE_NAME, VALUE_TYPE } from './constants.js';
import { plugin } from './index.js';

// The package's error verdict against ThreatConnect's Registry Key patterns applied by Java itself:
// an indicator is refused when Java refuses its Key Name or Value Name, its Value Type is not one of
// value3Option, a field is missing, or (the seed's override of `.{0,214}`) its Value Name is empty.
// Without a Java 17 the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-registry-key differential test against real Java: ${skipReason}`);

const r = String.raw;
const segment = fc.oneof(
  fc.constantFrom('Software', 'Microsoft', 'Run', '', ' ', 'a b', 'x=y', 'Driver = "x.dll"', '{cd704ff3-cd05-479e-acf7-6474908031dd}', '😀', 'é', '\t', '\u0000', '\ud800'),
  fc.constantFrom(...LINE_ENDINGS),
);
const keyName = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...REGISTRY_ROOTS, 'HKLM', 'hkey_local_machine', 'HKEY_LOCAL_MACHIN', ' HKEY_USERS', 'HKEY_DYN_DATA', 'HKEY_CURRENT_USERX', ''),
      fc.array(segment, { maxLength: 4 }),
      fc.constantFrom('\\', '\\', '\\', '\\\\', '/'),
      fc.constantFrom('', '', '', '\\', '\\\\', ' ', ...LINE_ENDINGS),
    )
    .map(([root, parts, separator, end]) => [root, ...parts].join(separator) + end),
  fc.tuple(fc.constantFrom(...REGISTRY_ROOTS), fc.integer({ min: 250, max: 262 }), fc.constantFrom('k', '😀')).map(([root, n, c]) => `${root}\\${c.repeat(Math.max(1, n - root.length - 1))}`),
);
const valueName = fc.oneof(
  fc.constantFrom(' ', '', '  ', 'Updater', '(Default)', 'a\tb', '\u0000', '😀', '\ud800'),
  fc.constantFrom(...LINE_ENDINGS).map((e) => `Updater${e}`),
  fc.integer({ min: 212, max: 216 }).chain((n) => fc.constantFrom('v'.repeat(n), '😀'.repeat(n))),
);
const valueType = fc.constantFrom(...REGISTRY_VALUE_TYPES, 'reg_sz', ' REG_SZ', 'REG_SZ ', 'REG_RESOURCE_LIST', 'DWORD', '');
const trickyKeys = fc.sample(fc.record({ [KEY_NAME]: keyName, [VALUE_NAME]: valueName, [VALUE_TYPE]: valueType }), { numRuns: 1500, seed: 42 });

const SEED = { [KEY_NAME]: r`HKEY_LOCAL_MACHINE\Software\Microsoft\DRM\{cd704ff3-cd05-479e-acf7-6474908031dd}`, [VALUE_NAME]: ' ', [VALUE_TYPE]: 'REG_NONE' };

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`registry-key errors against ThreatConnect's pattern in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses a field, or the seed does', async () => {
    // each generated value in the seed's body, in place of its own field
    const generated = generateIndicatorValues().filter((v) => v.type === 'Registry Key').map((v) => ({ ...SEED, [v.field]: v.value }));
    const keys: Record<string, string>[] = [...generated, ...trickyKeys];
    const types = recordedIndicatorTypes();
    const patterned = [KEY_NAME, VALUE_NAME] as const;
    const cases = keys.flatMap((values) => patterned.map((f) => ({ pattern: types.field('Registry Key', f)!.patterns[0]!, input: values[f]! })));
    const java = await oracle.judge(cases);
    const options = types.field('Registry Key', VALUE_TYPE)!.options!;
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const wrong = keys.flatMap((values, i) => {
      const verdicts = [java[2 * i]!, java[2 * i + 1]!];
      if (verdicts.some((v) => v.kind !== 'verdict')) return [`${JSON.stringify(values)}: Java ${verdicts.map((v) => v.kind).join()}`];
      const refused = verdicts.some((v) => v.kind === 'verdict' && !v.matches) || !options.includes(values[VALUE_TYPE]!) || values[VALUE_NAME] === '';
      const errors = engine.check(indicator('Registry Key', values)).messages.filter((m) => m.severity === 'error');
      return (errors.length > 0) === refused ? [] : [`${JSON.stringify(values)}: ThreatConnect ${refused ? 'refuses' : 'accepts'}, tclint ${errors.map((m) => m.ruleId).join(', ') || 'no error'}`];
    });
    console.log(`${keys.length} Registry Keys (${cases.length} patterned values) compared with ${oracle.javaVersion}: ${wrong.length} disagreements`);
    expect(keys.length).toBeGreaterThanOrEqual(2500);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
