import { createEngine, indicator, type Plugin } from '@tclint/core';
import type { JavaOracle } from '@tclint/java-regex/testing';
import { recordedIndicatorTypes } from '../recorded.js';

/** A value on which tclint's error verdict and Java's differ. */
export interface VerdictDisagreement {
  value: string;
  javaRefuses: boolean;
  tclintErrors: string[];
}

/**
 * For each value of one field: does Java's `matches()` with the recorded
 * patterns of the type refuse it (no pattern matches), and does the engine
 * with the given plugins' recommended configs report an error on it? Returns
 * the values where the two differ, and how many values Java refused.
 */
export async function compareWithJava(oracle: JavaOracle, plugins: readonly Plugin[], type: string, field: string, values: readonly string[]): Promise<{ disagreements: VerdictDisagreement[]; refused: number }> {
  const patterns = recordedIndicatorTypes().field(type, field)!.patterns;
  const java = await oracle.judge(values.flatMap((input) => patterns.map((pattern) => ({ pattern, input }))));
  const engine = createEngine({ config: plugins.map((plugin) => plugin.configs!.recommended!) });
  const disagreements: VerdictDisagreement[] = [];
  let refused = 0;
  values.forEach((value, i) => {
    const judgements = java.slice(i * patterns.length, (i + 1) * patterns.length);
    if (judgements.some((j) => j.kind !== 'verdict')) throw new Error(`Java could not judge ${JSON.stringify(value)}: ${JSON.stringify(judgements)}`);
    const javaRefuses = !judgements.some((j) => j.kind === 'verdict' && j.matches);
    if (javaRefuses) refused++;
    const errors = engine.check(indicator(type, { [field]: value })).messages.filter((m) => m.severity === 'error');
    if (javaRefuses !== errors.length > 0) disagreements.push({ value, javaRefuses, tclintErrors: errors.map((m) => `${m.ruleId}: ${m.message}`) });
  });
  return { disagreements, refused };
}
