import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { compareWithJava, generateIndicatorValues, LINE_ENDINGS, SEED_EXAMPLES } from '@tclint/tc-types/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';

// tclint's error verdict on email addresses against ThreatConnect's EmailAddress pattern run by java.util.regex itself.
// Without Java the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-email-address differential test against real Java: ${skipReason}`);

const LOCALS = ['user', 'John.Doe', "o'brien+tag", '"john doe"', 'Ünïcode', '.user', 'john..doe', 'a'.repeat(65), '/xwunThedic', 'us\u0000er', 'a{at}b'];
const DOMAINS = ['example.com', 'EXAMPLE.COM', 'xn--sterreich-z7a.icom.museum', 'österreich.icom.museum', 'localhost', 'example.c', 'example.123', '10.0.0.1', '1.2.3.45', '[10.0.0.1]', 'mail_relay.example.com', '-a.com', 'a-.com', 'a..b', 'example.com.', 'neurotonix–buy.us', 't6.php', `${'a'.repeat(64)}.com`, `${'a.'.repeat(150)}com`, 'example[.]com', 'ab--c.com', 'xn--zz.com'];
const TWEAKS: ((address: string) => string)[] = [(a) => a, (a) => ` ${a}`, (a) => `${a}\ud800`, (a) => a.replace('@', '@@'), (a) => a.replace('@', '[@]'), (a) => a.replace('@', '(at)'), ...LINE_ENDINGS.map((end) => (a: string) => a + end)];

/** The tricky cases of this type: local parts and domains ThreatConnect accepts or refuses, in combination, with line breaks, lone surrogates, defanged forms. */
function trickyAddresses(): string[] {
  const seed = SEED_EXAMPLES.filter((e) => e.type === 'EmailAddress').flatMap((e) => Object.values(e.values));
  const combos = LOCALS.flatMap((local) => DOMAINS.map((domain) => `${local}@${domain}`));
  return [...seed, ...combos, ...combos.slice(0, 40).flatMap((address) => TWEAKS.map((tweak) => tweak(address)))];
}

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`EmailAddress errors against ThreatConnect's pattern in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses the value, on 2,500+ values', async () => {
    const generated = generateIndicatorValues().filter((v) => v.type === 'EmailAddress').map((v) => v.value);
    const values = [...new Set([...generated, ...trickyAddresses()])];
    const { disagreements, refused } = await compareWithJava(oracle, [plugin], 'EmailAddress', 'address', values);
    console.log(`EmailAddress: ${values.length} values (${refused} refused by ${oracle.javaVersion}): ${disagreements.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(refused).toBeGreaterThan(values.length / 10);
    expect(refused).toBeLessThan(values.length - values.length / 10);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
