// The one-call fix (a plugin's `settle`) against the rules, on the corpora `pnpm bench` measures:
// with every official plugin loaded, `fix` gives the same result with the path as without it.
import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { indicatorPlugins } from '../linter.mjs';
import { ipv6CidrBlock } from './ipv6-cidr.mjs';
import { mixedRecord } from './mixed.mjs';
import { createRng } from './prng.mjs';

const { plugins } = await indicatorPlugins();
const config = [{ plugins: Object.fromEntries(plugins.map((p) => [p.meta.namespace, p])) }, ...plugins.map((p) => p.configs.recommended)];
const settling = createEngine({ config });
const ruled = createEngine({ config, cleanPath: false });

function settledShare(subjects) {
  let settled = 0;
  for (const subject of subjects) {
    const plugin = plugins.find((p) => p.settle && Object.values(p.rules).some((rule) => rule.meta.types?.includes(subject.type)));
    if (plugin?.settle(subject, {}) !== undefined) settled++;
    expect(settling.fix(subject), JSON.stringify(subject.values)).toEqual(ruled.fix(subject));
  }
  return settled / subjects.length;
}

describe('the one-call fix on the bench corpora', () => {
  it('gives the rules\' result on the IPv6 CIDR corpus, and settles most of it', () => {
    const rng = createRng('settle-test');
    const subjects = Array.from({ length: 20_000 }, () => indicatorFromSummary(ipv6CidrBlock(rng), 'CIDR'));
    expect(settledShare(subjects)).toBeGreaterThan(0.5);
  });

  it('gives the rules\' result on the mixed feed (every type, a fifth malformed)', () => {
    const rng = createRng('settle-test/mixed');
    const subjects = Array.from({ length: 20_000 }, () => {
      const { type, line } = mixedRecord(rng);
      return indicatorFromSummary(line, type);
    });
    expect(settledShare(subjects)).toBeGreaterThan(0);
  });
});
