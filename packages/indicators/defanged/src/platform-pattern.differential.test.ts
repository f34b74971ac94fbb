import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { plugin as emailAddress } from '@tclint/indicator-email-address';
import { plugin as host } from '@tclint/indicator-host';
import { plugin as url } from '@tclint/indicator-url';
import { compareWithJava, generateIndicatorValues } from '@tclint/tc-types/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';

// The defanged rules' error verdicts against ThreatConnect's patterns run by java.util.regex itself.
// Without Java the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-defanged differential test against real Java: ${skipReason}`);

/** Defanged forms of a value, as feeds write them: every dot, the first dot, the at sign, the colons, the scheme, in each bracket style. */
function defangedForms(value: string): string[] {
  return [
    value.replace(/\./g, '[.]'),
    value.replace('.', '(.)'),
    value.replace(/\.(?=[^.]*$)/, '{.}'),
    value.replace('.', '[dot]'),
    value.replace('@', '[@]'),
    value.replace('@', '(at)'),
    value.replace('@', '{at}'),
    value.replace('://', '[://]'),
    value.replace(/:/g, '[:]'),
    value.replace(/^http/i, 'hxxp'),
    value.replace(/^https?:\/\//i, 'hXXps[:]//'),
    value.replace(/\/([^/]*)\.([^/]*)$/, '/$1(.)$2'),
  ].filter((form) => form !== value);
}

const generated = generateIndicatorValues();
const valuesOf = (type: string) => [...new Set(generated.filter((v) => v.type === type).flatMap((v) => [v.value, ...defangedForms(v.value)]))];

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`defanged errors against ThreatConnect's patterns in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it.each([
    ['Host', 'hostName', host],
    ['URL', 'text', url],
    ['EmailAddress', 'address', emailAddress],
  ] as const)('%s with this plugin and its own: an error exactly where Java refuses the value', async (type, field, own) => {
    const values = valuesOf(type);
    const { disagreements, refused } = await compareWithJava(oracle, [plugin, own], type, field, values);
    console.log(`defanged + ${type}: ${values.length} values (${refused} refused): ${disagreements.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it.each([
    ['Address', 'ip'],
    ['CIDR', 'Block'],
  ] as const)('%s with this plugin alone: an error only where Java refuses the value', async (type, field) => {
    // the Address and CIDR packages have verdicts of their own; this package's errors must never contradict Java
    const values = valuesOf(type);
    const { disagreements } = await compareWithJava(oracle, [plugin], type, field, values);
    const wrongErrors = disagreements.filter((d) => !d.javaRefuses);
    console.log(`defanged alone on ${type}: ${values.length} values, ${wrongErrors.length} errors Java does not share`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(wrongErrors.slice(0, 10)).toEqual([]);
  });
});
