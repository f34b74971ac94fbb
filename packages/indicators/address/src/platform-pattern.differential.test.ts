import { createEngine, indicator } from '@tclint/core';
import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { generateIndicatorValues, SEED_EXAMPLES } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { groups, ipv4, ipv6Spelling, noise, spelled, tcForm, trickyAddress } from './testing/addresses.js';

// tclint's error verdict against ThreatConnect's recorded Address patterns, applied by java.util.regex itself.
// Without a Java 17 the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-address differential test against real Java: ${skipReason}`);

const PATTERNS = recordedIndicatorTypes().field('Address', 'ip')!.patterns;

const written = spelled.map(({ v6, v4, s6, brackets, zone, single, around }) => {
  const inner = (v6 ? s6.text : v4) + (v6 ? zone : '');
  return `${around}${brackets ? `[${inner}]` : inner}${single ? (v6 ? '/128' : '/32') : ''}${around}`;
});

/** Every value: the shared generator's Address values, the seed's, and this package's own tricky cases. */
function values(): string[] {
  const generated = generateIndicatorValues().filter((v) => v.type === 'Address').map((v) => v.value);
  const seed = SEED_EXAMPLES.filter((e) => e.type === 'Address').map((e) => e.values.ip!);
  const own = fc.sample(fc.oneof(trickyAddress, trickyAddress, written, ipv6Spelling.map((s) => s.text), ipv4, groups.map(tcForm), noise), { seed: 4711, numRuns: 4000 });
  const corners = ['', ' ', '::', '::1', '1::', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7::8', '1::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8::', '::1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::1:2:3:4:5:6:7', '0.0.0.0', '255.255.255.255', '000.000.000.000', '199.1.1.1', '0199.1.1.1', '09.1.1.1'];
  return [...new Set([...seed, ...generated, ...own, ...corners])];
}

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`address's error verdict against ThreatConnect's Address patterns in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it("an error exactly when Java's matches() refuses the value, on 6,000+ values", async () => {
    const all = values();
    const java = await oracle.judge(all.flatMap((input) => PATTERNS.map((pattern) => ({ pattern, input }))));
    expect(java.filter((j) => j.kind !== 'verdict')).toEqual([]);
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const disagreements: string[] = [];
    let refused = 0;
    all.forEach((value, i) => {
      const accepted = PATTERNS.some((_, k) => {
        const judgement = java[i * PATTERNS.length + k]!;
        return judgement.kind === 'verdict' && judgement.matches;
      });
      if (!accepted) refused++;
      const messages = engine.check(indicator('Address', { ip: value })).messages;
      const error = messages.some((m) => m.severity === 'error');
      if (error === accepted) disagreements.push(`${JSON.stringify(value)}: Java ${accepted ? 'accepts' : 'refuses'}, tclint ${messages.map((m) => `${m.ruleId} ${m.severity}`).join(', ') || 'clean'}`);
    });
    console.log(`${all.length} Address values compared with ${oracle.javaVersion}: ${refused} refused, ${all.length - refused} accepted, ${disagreements.length} disagreements`);
    expect(all.length).toBeGreaterThanOrEqual(6000);
    expect(refused).toBeGreaterThan(1000);
    expect(all.length - refused).toBeGreaterThan(1000);
    expect(disagreements.slice(0, 20)).toEqual([]);
  });
});
