import { createEngine, indicator } from '@tclint/core';
import { javaSkipReason, startJavaOracle, type JavaOracle } from '@tclint/java-regex/testing';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import { generateIndicatorValues, SEED_EXAMPLES } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { anyText, ipv4Block, ipv6Block, mutatedBlock, threatConnectBlock, trickyBlock } from './testing/blocks.js';

// tclint's error verdict against ThreatConnect's recorded CIDR patterns, applied by java.util.regex itself.
// Without a Java 17 the test is reported as skipped, with the reason, never as passed.
const skipReason = javaSkipReason();
if (skipReason) console.warn(`SKIPPED: @tclint/indicator-cidr differential test against real Java: ${skipReason}`);

const PATTERNS = recordedIndicatorTypes().field('CIDR', 'Block')!.patterns;

/** Every value: the shared generator's CIDR values, the seed's examples, and this package's own tricky cases. */
function values(): string[] {
  const generated = generateIndicatorValues().filter((v) => v.type === 'CIDR').map((v) => v.value);
  const seed = SEED_EXAMPLES.filter((e) => e.type === 'CIDR').map((e) => e.values.Block!);
  const own = fc.sample(
    fc.oneof(trickyBlock, trickyBlock, mutatedBlock, ipv6Block({ hostBits: true, paddedPrefix: true }), ipv4Block({ hostBits: true, paddedPrefix: true }), threatConnectBlock, anyText),
    { seed: 4711, numRuns: 4000 },
  );
  return [...new Set([...seed, ...generated, ...own, '', ' ', '0:0:0:0:0:0:0:0/0', '0.0.0.0/0', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128', '255.255.255.255/32'])];
}

let oracle: JavaOracle;

describe.skipIf(skipReason !== undefined)(`cidr's error verdict against ThreatConnect's CIDR patterns in real Java${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    oracle = await startJavaOracle();
  });
  afterAll(async () => {
    await oracle?.close();
  });

  it('an error exactly when Java\'s matches() refuses the value, on 6,000+ values', async () => {
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
      const messages = engine.check(indicator('CIDR', { Block: value })).messages;
      const error = messages.some((m) => m.severity === 'error');
      if (error === accepted) disagreements.push(`${JSON.stringify(value)}: Java ${accepted ? 'accepts' : 'refuses'}, tclint ${messages.map((m) => `${m.ruleId} ${m.severity}`).join(', ') || 'clean'}`);
    });
    console.log(`${all.length} CIDR values compared with ${oracle.javaVersion}: ${refused} refused, ${all.length - refused} accepted, ${disagreements.length} disagreements`);
    expect(all.length).toBeGreaterThanOrEqual(6000);
    expect(refused).toBeGreaterThan(1000);
    expect(all.length - refused).toBeGreaterThan(1000);
    expect(disagreements.slice(0, 20)).toEqual([]);
  });
});
