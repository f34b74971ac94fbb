import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { compareWithJava, generateIndicatorValues, LINE_ENDINGS, SEED_EXAMPLES } from '@tclint/tc-types/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';

// tclint's error verdict on URLs against ThreatConnect's URL pattern run by java.util.regex itself.
// Without Java the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-url differential test against real Java: ${skipReason}`);

const BASES = [
  'http://example.com',
  'https://www.example.co.uk/path/to?q=1&r=2#frag',
  'ftp://10.0.0.1:21/pub/',
  'sftp://files.example.org/',
  'http://localhost/',
  'http://xn--sterreich-z7a.icom.museum/Ä?ü=Ö#ß',
  'http://_dmarc.example.com/',
  'http://a-.example.com/',
];
const TWEAKS: ((url: string) => string)[] = [
  (u) => u,
  (u) => u.toUpperCase(),
  (u) => u.replace('://', '://user:pass@'),
  (u) => u.replace(/(\/\/[^/?#]+)/, '$1:0'),
  (u) => u.replace(/(\/\/[^/?#]+)/, '$1:'),
  (u) => u.replace(/(\/\/[^/?#]+)/, '$1:080'),
  (u) => u.replace(/(\/\/[^/?#]+)/, '$1.'),
  (u) => `${u}/a b`,
  (u) => `${u}#frag `,
  (u) => `${u}#`,
  (u) => `${u}/#a#b`,
  (u) => `${u}?x=<y>`,
  (u) => `${u}/é`,
  (u) => `${u}\\x`,
  (u) => `${u}/\ud800`,
  (u) => u.replace('example', 'exam–ple'),
  (u) => u.replace('example', 'EXAMPLE'),
  (u) => u.replace('http', 'hxxp'),
  (u) => u.replace('.com', '[.]com'),
  (u) => u.replace(/\/\/[^/?#]+/, '//[2001:db8::1]'),
  (u) => u.replace(/\/\/[^/?#]+/, '//010.0.0.1'),
  (u) => u.replace(/\/\/[^/?#]+/, '//example.c'),
  (u) => u.replace(/\/\/[^/?#]+/, '//-a.example.com'),
  (u) => u.replace(/\/\/[^/?#]+/, '//abc'),
  (u) => u.replace('://', ':///'),
  (u) => u.replace(/^[a-z]+/i, 'mailto'),
  ...LINE_ENDINGS.map((end) => (u: string) => u + end),
];

/** The tricky cases of this type: the seed, schemes, userinfo, ports, characters, IP hosts, defanged forms, case, line breaks, lone surrogates. */
function trickyUrls(): string[] {
  const seed = SEED_EXAMPLES.filter((e) => e.type === 'URL').flatMap((e) => Object.values(e.values));
  const feeds = ['hxxps[://]serviciilaser[.]ro/xmlrpc.php', '212.192.241.155/up/setup.exe', 'example.com/path', 'http://example.com:65536/', `http://${'a'.repeat(64)}.com/`, `http://${'ab.'.repeat(90)}com/`];
  return [...seed, ...feeds, ...BASES.flatMap((base) => TWEAKS.map((tweak) => tweak(base)))];
}

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`URL errors against ThreatConnect's pattern in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly where Java refuses the value, on 2,500+ values', async () => {
    const generated = generateIndicatorValues().filter((v) => v.type === 'URL').map((v) => v.value);
    const values = [...new Set([...generated, ...trickyUrls()])];
    const { disagreements, refused } = await compareWithJava(oracle, [plugin], 'URL', 'text', values);
    console.log(`URL: ${values.length} values (${refused} refused by ${oracle.javaVersion}): ${disagreements.length} disagreements`);
    expect(values.length).toBeGreaterThanOrEqual(2500);
    expect(refused).toBeGreaterThan(values.length / 10);
    expect(refused).toBeLessThan(values.length - values.length / 10);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
