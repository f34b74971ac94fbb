import { createEngine, indicator, indicatorFromSummary, summaryOf, type LintResult, type Subject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_FIELDS, HASH_LENGTHS, type HashField } from './fields.js';
import { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const file = (values: Record<string, string>) => indicator('File', values);

const hexOf = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const hashes = fc
  .record({ md5: hexOf(32), sha1: hexOf(40), sha256: hexOf(64) }, { requiredKeys: [] })
  .filter((h) => Object.keys(h).length > 0) as fc.Arbitrary<Partial<Record<HashField, string>>>;

/** A hash as people write it: any case, maybe as a fingerprint, maybe with whitespace around. */
const spelled = (hash: string) =>
  fc
    .record({ upper: fc.boolean(), fingerprint: fc.boolean(), before: fc.constantFrom('', ' ', '\t'), after: fc.constantFrom('', ' ', '\r\n') })
    .map(({ upper, fingerprint, before, after }) => {
      const cased = upper ? hash.toUpperCase() : hash;
      return before + (fingerprint ? cased.match(/../g)!.join(':') : cased) + after;
    });

/** As ThreatConnect and tcex write a File summary: the hashes present, in field order. */
const threatConnectSummary = (h: Partial<Record<HashField, string>>) =>
  HASH_FIELDS.filter((f) => h[f])
    .map((f) => h[f])
    .join(' : ');

const noise = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('a', 'F', '0', '9', ':', ' ', ' : ', '\t', '\n', 'x', '\u00a0', '\ud800'), maxLength: 80 }),
  fc.constantFrom(...[16, 31, 32, 33, 40, 56, 64, 128].map((n) => 'a1'.repeat(n).slice(0, n))),
);
const anyValues = fc.record({ md5: noise, sha1: noise, sha256: noise }, { requiredKeys: [] });

function noInternal(result: LintResult<Subject>) {
  expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/fix'))).toEqual([]);
}

describe('file properties', () => {
  it('leaves lower-case hashes in their fields unchanged, as fields or as a summary in any order or with empty slots', () => {
    fc.assert(
      fc.property(hashes, (h) => {
        const byField = engine.fix(file(h as Record<string, string>));
        expect(byField.messages).toEqual([]);
        expect(byField.changes).toEqual([]);
        const summary = threatConnectSummary(h);
        const slots = HASH_FIELDS.map((f) => h[f] ?? '').join(' : ');
        const reversed = summary.split(' : ').reverse().join(' : ');
        for (const written of [summary, slots, reversed]) {
          const bySummary = engine.fix(indicatorFromSummary(written, 'File'));
          expect(bySummary.messages).toEqual([]);
          expect(bySummary.changes).toEqual([]);
          expect(summaryOf(bySummary.subject)).toBe(summary);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('puts any spelling of hashes, in any fields, into their own fields, in the case they were written (ThreatConnect accepts either)', () => {
    const scrambled = hashes.chain((h) =>
      fc.record({
        h: fc.constant(h),
        spellings: fc.tuple(...HASH_FIELDS.map((f) => (h[f] ? spelled(h[f]) : fc.constant(undefined)))),
        order: fc.shuffledSubarray([...HASH_FIELDS], { minLength: 3, maxLength: 3 }),
      }),
    );
    fc.assert(
      fc.property(scrambled, ({ h, spellings, order }) => {
        const values: Record<string, string> = {};
        spellings.forEach((s, i) => {
          if (s !== undefined) values[order[i]!] = s;
        });
        const result = engine.fix(file(values));
        expect(result.errorCount + result.warningCount).toBe(0);
        const fixed = (result.output ?? result.subject).values;
        for (const f of HASH_FIELDS) expect(fixed[f]?.toLowerCase() || undefined).toBe(h[f]);
        for (const f of HASH_FIELDS) if (fixed[f]) expect(fixed[f]).toHaveLength(HASH_LENGTHS[f]);
      }),
      { numRuns: 200 },
    );
  });

  it('fixes a summary of any spelling of hashes, in any order, to the summary ThreatConnect writes', () => {
    const shuffled = hashes.chain((h) => {
      const spellings = fc.tuple(...HASH_FIELDS.filter((f) => h[f]).map((f) => spelled(h[f]!)));
      return fc.record({ h: fc.constant(h), parts: spellings.chain((p) => fc.shuffledSubarray(p, { minLength: p.length })) });
    });
    fc.assert(
      fc.property(shuffled, ({ h, parts }) => {
        const result = engine.fix(indicatorFromSummary(parts.join(' : '), 'File'));
        expect(result.errorCount + result.warningCount).toBe(0);
        expect(summaryOf(result.output ?? result.subject).toLowerCase()).toBe(threatConnectSummary(h));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws or misbehaves on arbitrary input, typed or untyped', () => {
    fc.assert(
      fc.property(anyValues, noise, (values, raw) => {
        noInternal(engine.check(file(values)));
        noInternal(engine.fix(file(values)));
        noInternal(engine.fix(indicatorFromSummary(raw)));
        noInternal(engine.fix(indicatorFromSummary(raw, 'File')));
        const detection = plugin.detect(raw);
        if (detection) expect(detection.confidence).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('fixes idempotently, and the fixed indicator has nothing left to fix', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const first = engine.fix(file(values));
        const fixed = first.output ?? first.subject;
        expect(engine.check(fixed).messages.filter((m) => m.fix)).toEqual([]);
        expect(engine.fix(fixed).changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
