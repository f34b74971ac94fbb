import { describe, expect, it } from 'vitest';
import { indicatorFromSummary, inferType } from '@tclint/core';
import { createLinter, OFFICIAL_PLUGINS } from '@tclint/node';
import { mixedRecord, TYPE_SHARES } from './corpus/mixed.mjs';
import { createRng } from './corpus/prng.mjs';

// Type inference and the clean path on the mixed corpus's kinds of value, judged
// by counting work (detector calls, isClean verdicts) rather than by time, so a
// regression fails the same on any machine.

const PER_KIND = 200;

/** Up to PER_KIND records of each type, well-formed and malformed, from the corpus generator. */
function recordsByKind() {
  const rng = createRng('inference-work');
  const kinds = new Map();
  const wanted = TYPE_SHARES.length * 2 * PER_KIND;
  let kept = 0;
  for (let drawn = 0; kept < wanted && drawn < 2_000_000; drawn++) {
    const record = mixedRecord(rng);
    const kind = `${record.type}${record.malformed ? ' (malformed)' : ''}`;
    const list = kinds.get(kind) ?? [];
    if (list.length === PER_KIND) continue;
    list.push(record);
    kinds.set(kind, list);
    kept++;
  }
  return kinds;
}

const kinds = recordsByKind();
const detectors = OFFICIAL_PLUGINS.filter((plugin) => typeof plugin.detect === 'function');
const linter = createLinter({ plugins: OFFICIAL_PLUGINS });
/** Whether a rule has something to say about the value (a reserved ASN): then it is not in stored form. */
const hasMessages = (line) => linter.check(indicatorFromSummary(line)).messages.length > 0;

/** The official plugins with a detect that counts its calls. */
function countingPlugins() {
  const calls = new Map();
  const plugins = OFFICIAL_PLUGINS.map((plugin) =>
    typeof plugin.detect === 'function'
      ? {
          ...plugin,
          detect: (value, context) => {
            calls.set(plugin.meta.namespace, (calls.get(plugin.meta.namespace) ?? 0) + 1);
            return plugin.detect(value, context);
          },
        }
      : plugin,
  );
  return { plugins, calls };
}

describe('type inference on the mixed corpus', () => {
  it('has every kind of record to judge', () => {
    expect(kinds.size).toBe(TYPE_SHARES.length * 2);
    for (const [kind, records] of kinds) expect(records.length, kind).toBe(PER_KIND);
    expect(detectors.length).toBeGreaterThanOrEqual(12);
  });

  it('asks about two detectors per value on average (at most 2.2) for every kind, and never more than three', () => {
    const { plugins, calls } = countingPlugins();
    const asked = {};
    for (const [kind, records] of kinds) {
      let total = 0;
      let most = 0;
      for (const { line } of records) {
        calls.clear();
        inferType(line, plugins);
        const count = [...calls.values()].reduce((a, b) => a + b, 0);
        total += count;
        most = Math.max(most, count);
      }
      asked[kind] = { mean: Math.round((total / records.length) * 100) / 100, most };
    }
    for (const [kind, { mean, most }] of Object.entries(asked)) {
      expect(mean, `${kind}: ${JSON.stringify(asked[kind])}`).toBeLessThanOrEqual(2.2);
      expect(most, `${kind}: ${JSON.stringify(asked[kind])}`).toBeLessThanOrEqual(3);
    }
  });

  it('infers the type the generator wrote for every well-formed value', () => {
    for (const [kind, records] of kinds) {
      if (kind.endsWith('(malformed)')) continue;
      const wrong = records.filter(({ type, line }) => {
        const inference = inferType(line, detectors);
        return inference.status !== 'inferred' || inference.type.replace(/\s/g, '') !== type.replace(/\s/g, '');
      });
      expect(wrong.map((r) => r.line), kind).toEqual([]);
    }
  });

  it('settles every well-formed value through isClean: each plugin with rules for its type says clean', () => {
    const notClean = [];
    for (const [kind, records] of kinds) {
      if (kind.endsWith('(malformed)')) continue;
      for (const { line } of records) {
        const inference = inferType(line, detectors);
        if (inference.status !== 'inferred') continue;
        const subject = indicatorFromSummary(line, inference.type);
        const checking = OFFICIAL_PLUGINS.filter((plugin) => Object.values(plugin.rules).some((rule) => rule.meta.subject === 'indicator' && (rule.meta.types === undefined || rule.meta.types.includes(subject.type))));
        const refusing = checking.filter((plugin) => typeof plugin.isClean !== 'function' || !plugin.isClean(subject, {}));
        if (refusing.length > 0 && !hasMessages(line)) notClean.push(`${kind}: ${line} (${refusing.map((p) => p.meta.namespace).join(', ')})`);
      }
    }
    expect(notClean).toEqual([]);
  });
});

