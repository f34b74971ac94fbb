import { createEngine, exchangeSubject, messageSubject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin, signRequest } from './index.js';
import { SIGNATURE_ERROR, v2Body, v3Body } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });

/** Any UTF-16 code units (controls, lone surrogates), mixed with fragments the parser cares about. */
const text = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('TC ', 'tc ', ':', "b'", "'", '\\n', '\n', ' ', '%20', '+', '/api', '/v2/owners', '?', '=', '1513703787', 'QUJD', '=='), fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const failingExchange = fc
  .record({
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'get'), text),
    url: fc.oneof(fc.constantFrom('https://tc.example/api/v2/owners?x=a%20b', '/v3/indicators'), text),
    authorization: optional(text),
    timestamp: optional(fc.oneof(text, fc.integer({ min: 0, max: 2 ** 42 }).map(String))),
    secretKey: optional(text),
    localTime: optional(fc.oneof(fc.integer({ min: 0, max: 2 ** 45 }), fc.constantFrom(NaN, Infinity, -1))),
    body: fc.oneof(fc.constant(v2Body()), fc.constant(v3Body(SIGNATURE_ERROR.toUpperCase())), text.map((t) => `${t}${SIGNATURE_ERROR}${t}`)),
  })
  .map((r) => {
    const headers: Record<string, string> = {};
    if (r.authorization !== undefined) headers.Authorization = r.authorization;
    if (r.timestamp !== undefined) headers.Timestamp = r.timestamp;
    return exchangeSubject({
      request: { method: r.method, url: r.url, headers },
      response: { status: 401, headers: {}, body: r.body },
      ...(r.secretKey !== undefined ? { secretKey: r.secretKey } : {}),
      ...(r.localTime !== undefined ? { localTime: r.localTime } : {}),
    });
  });

describe('signature properties', () => {
  it('exchanges of other classes, or that succeeded, get no messages and no changes', () => {
    const other = fc.constantFrom('Timestamp out of acceptable time range', 'Access Denied', 'Unauthorized', 'Signature data did not match', '');
    fc.assert(
      fc.property(text, fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }), other, fc.constantFrom(200, 401, 403), (path, timestamp, message, status) => {
        const url = `https://tc.example/api${path.startsWith('/') ? '' : '/'}${path}`;
        const headers = { ...signRequest({ method: 'GET', url: 'https://tc.example/api/v2/owners', accessId: '1', secretKey: 'k'.repeat(40), timestamp }) };
        const subject = exchangeSubject({ request: { method: 'GET', url, headers }, response: { status, headers: {}, body: status === 200 ? '{}' : v2Body(message) }, secretKey: 'k'.repeat(40) });
        const result = engine.fix(subject);
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary failed exchanges never throw, fix idempotently and leave nothing fixable', () => {
    fc.assert(
      fc.property(failingExchange, (subject) => {
        const checked = engine.check(subject);
        expect(checked.messages.filter((m) => m.internal)).toEqual([]);
        expect(checked.messages.length, 'a recognized error always gets a diagnosis').toBeGreaterThan(0);
        const fixed = engine.fix(subject);
        expect(fixed.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
        expect(fixed.messages.filter((m) => m.fix)).toEqual([]);
        if (fixed.output) expect(engine.fix(fixed.output).changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary message texts never throw and are recognized exactly when they hold the phrase', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, withPhrase) => {
        const subject = messageSubject(withPhrase ? `${t}${SIGNATURE_ERROR.toLowerCase()}${t}` : t);
        const { messages } = engine.check(subject);
        expect(messages.filter((m) => m.internal)).toEqual([]);
        if (withPhrase) expect(messages.map((m) => m.messageId)).toEqual(['signatureMismatch']);
        else expect(messages.length).toBe(t.toLowerCase().includes(SIGNATURE_ERROR.toLowerCase()) ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });
});
