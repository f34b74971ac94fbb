import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { compareWithJava, generateIndicatorValues, HOST_EXCLUDED_WORDS, LINE_ENDINGS, SEED_EXAMPLES } from '@tclint/tc-types/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';

// tclint's error verdict on Hosts against ThreatConnect's Host pattern run by java.util.regex itself.
// Without Java the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-host differential test against real Java: ${skipReason}`);

const NAMES = ['example.com', 'www.example.co.uk', 'xn--sterreich-z7a.icom.museum', 'österreich.icom.museum', 'a-b.example.org', '_dmarc.example.com', 'localhost'];
const TLDS = ['com', 'de', 'museum', 'international', 'travelersinsurance', 'doctor', 'flights', 'dating', 'gifts', 'dat', 'gif', 'xn', 'xn--p1ai', 'xn--vermgensberater-ctb', 'b2b', 'c', '123', 'zip', 'local', ...HOST_EXCLUDED_WORDS];
const TWEAKS: ((name: string) => string)[] = [
  (n) => n,
  (n) => n.toUpperCase(),
  (n) => `${n}.`,
  (n) => ` ${n}`,
  (n) => n.replace('-', '–'),
  (n) => n.replace('.', '..'),
  (n) => `-${n}`,
  (n) => n.replace('.', '_.'),
  (n) => n.replace('.', '[.]'),
  (n) => `${n}\ud800`,
  (n) => `${'a'.repeat(64)}.${n}`,
  (n) => `${'abcdefghij.'.repeat(24)}${n}`,
  ...LINE_ENDINGS.map((end) => (n: string) => n + end),
];

/** The tricky cases of this type: the seed, file names, every excluded word, near misses, case, Unicode, line breaks, lone surrogates, lengths, defanged forms. */
function trickyHosts(): string[] {
  const seed = SEED_EXAMPLES.filter((e) => e.type === 'Host').flatMap((e) => Object.values(e.values));
  const files = ['update.bat', 'libcurl.dll', 'MiniDump.exe', 'Diseño_pptx.scr', 'invoice.zip', 'xn–metaspport-v43e.com', 'neurotonix–buy.us', 'us‐nation‐ny.cf', '10.0.0.1', '2001:db8::1', 'ab--c.com', 'xn--zz.com'];
  const endings = TLDS.flatMap((tld) => [`example.${tld}`, `a.b.${tld.toUpperCase()}`]);
  return [...seed, ...files, ...endings, ...[...NAMES, ...endings.slice(0, 20)].flatMap((name) => TWEAKS.map((tweak) => tweak(name)))];
}

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`Host errors against ThreatConnect's pattern in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses the value, on 2,500+ values', async () => {
    const generated = generateIndicatorValues().filter((v) => v.type === 'Host').map((v) => v.value);
    const values = [...new Set([...generated, ...trickyHosts()])];
    const { disagreements, refused } = await compareWithJava(oracle, [plugin], 'Host', 'hostName', values);
    console.log(`Host: ${values.length} values (${refused} refused by ${oracle.javaVersion}): ${disagreements.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(refused).toBeGreaterThan(values.length / 10);
    expect(refused).toBeLessThan(values.length - values.length / 10);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
