import { describe, expect, it } from 'vitest';
import { recordedIndicatorTypes } from './recorded.js';
import { SEED_EXAMPLES } from './testing/index.js';

describe("the seed's examples against the recorded patterns", () => {
  const types = recordedIndicatorTypes();

  it.each(SEED_EXAMPLES.map((e) => [e.note, JSON.stringify(e.values), e] as const))('%s: %s', (_note, _values, example) => {
    const failures = types.failures(example.type, example.values);
    expect(failures.length === 0).toBe(example.patternsAccept);
    if (!example.patternsAccept) expect(failures.every((f) => f.verdict.kind === 'mismatch')).toBe(true);
  });

  it('agree with the seed everywhere but its override (an empty Value Name)', () => {
    const overrides = SEED_EXAMPLES.filter((e) => e.correct !== e.patternsAccept);
    expect(overrides.map((e) => e.values['Value Name'])).toEqual(['']);
    expect(SEED_EXAMPLES.filter((e) => e.correct).length).toBeGreaterThan(10);
    expect(SEED_EXAMPLES.filter((e) => !e.correct).length).toBeGreaterThan(10);
  });
});
