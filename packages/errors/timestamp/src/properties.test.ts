import { createEngine, exchangeSubject, messageSubject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { failed, httpDate, INVALID, OUT_OF_RANGE, v2Body, v3Body } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });

/** Any UTF-16 code units (controls, lone surrogates), mixed with fragments the reader cares about. */
const text = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('1700000000', '123', '.', '-', ':', 'T', 'Z', 'GMT', ' ', '+01:00', '2023-11-14'), fc.string({ maxLength: 8 })), { maxLength: 10 })
  .map((parts) => parts.join(''));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const seconds = fc.integer({ min: 1_000_000_000, max: 4_000_000_000 });

describe('timestamp properties', () => {
  it('exchanges of other classes, or that succeeded, get no messages and no changes', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('Signature data did not match expected result', 'Access Denied', 'Timestamp out of range', ''), fc.constantFrom(200, 401), (timestamp, message, status) => {
        const subject = exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: { Timestamp: timestamp } }, response: { status, headers: {}, body: status === 200 ? '{}' : v2Body(message) } });
        const result = engine.fix(subject);
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a whole-seconds Timestamp is never changed, and the skew is reported with its sign', () => {
    fc.assert(
      fc.property(seconds, fc.integer({ min: -100_000, max: 100_000 }), (server, skew) => {
        const result = engine.fix(failed({ timestamp: String(server + skew), date: httpDate(server) }));
        expect(result.changes).toEqual([]);
        const [m] = result.messages;
        if (Math.abs(skew) > 300) expect(m?.data).toMatchObject({ seconds: Math.abs(skew), direction: skew < 0 ? 'behind' : 'ahead of' });
        else expect(m?.messageId).toBe('withinRange');
      }),
      { numRuns: 200 },
    );
  });

  it('a millisecond Timestamp is fixed to its seconds', () => {
    fc.assert(
      fc.property(seconds, fc.integer({ min: 0, max: 999 }), (s, ms) => {
        const result = engine.fix(failed({ timestamp: `${s}${String(ms).padStart(3, '0')}`, date: httpDate(s) }));
        expect(result.changes.map((c) => c.to)).toEqual([String(s)]);
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary failed exchanges never throw, fix idempotently and leave nothing fixable', () => {
    const exchange = fc.record({ timestamp: optional(text), date: optional(fc.oneof(text, seconds.map(httpDate))), localTime: optional(fc.oneof(fc.double(), fc.integer())), body: fc.constantFrom(v2Body(), v3Body(INVALID), `x ${OUT_OF_RANGE.toUpperCase()} y`) });
    fc.assert(
      fc.property(exchange, (init) => {
        const subject = failed(init);
        const checked = engine.check(subject);
        expect(checked.messages.filter((m) => m.internal)).toEqual([]);
        expect(checked.messages.length, 'a recognized error always gets a diagnosis').toBeGreaterThan(0);
        const fixed = engine.fix(subject);
        expect(fixed.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
        expect(fixed.messages.filter((m) => m.fix)).toEqual([]);
        if (fixed.output) expect(engine.fix(fixed.output).changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary message texts never throw', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(engine.check(messageSubject(t)).messages.filter((m) => m.internal)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
