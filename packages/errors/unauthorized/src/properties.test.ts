import { createEngine, exchangeSubject, messageSubject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { BASE, DATE, NOW, TOKEN, v2, v3 } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', '\n', '\ud800', ':', "b''"));
const classMessage = fc.constantFrom('Unauthorized', 'UNAUTHORIZED', 'unauthorized', 'The Job associated with this token is either invalid or does not exist.', 'Access Denied', '');
const body = fc.oneof(classMessage.map(v2), classMessage.map((m) => v3(m)), fc.tuple(anyText, classMessage, anyText).map(([a, m, b]) => `${a}${m}${b}`), anyText);
const authorization = fc.oneof(
  fc.constant(`TC-Token ${TOKEN}`),
  fc.tuple(fc.constantFrom('TC-Token', 'tc-token', 'TC', 'Bearer', ''), fc.constantFrom(' ', '  ', '\t', ''), anyText).map((parts) => parts.join('')),
  anyText,
);
const epoch = fc.option(fc.oneof(fc.integer({ min: NOW - 10 * 3600, max: NOW + 10 * 3600 }), fc.double(), fc.integer()), { nil: undefined });
const exchange = fc
  .record({
    status: fc.integer({ min: 100, max: 599 }),
    body,
    authorization: fc.option(authorization, { nil: undefined }),
    date: fc.option(fc.oneof(fc.constant(DATE), anyText), { nil: undefined }),
    tokenExpires: epoch,
    tokenIssued: epoch,
    localTime: fc.option(fc.oneof(fc.constant(NOW * 1000), fc.double()), { nil: undefined }),
  })
  .map(({ status, body, authorization, date, tokenExpires, tokenIssued, localTime }) =>
    exchangeSubject({
      request: { method: 'GET', url: `${BASE}/v3/indicators`, headers: authorization === undefined ? {} : { Authorization: authorization } },
      response: { status, headers: date === undefined ? {} : { Date: date }, body },
      ...(tokenExpires === undefined ? {} : { tokenExpires }),
      ...(tokenIssued === undefined ? {} : { tokenIssued }),
      ...(localTime === undefined ? {} : { localTime }),
    }),
  );

describe('properties', () => {
  it('successful exchanges and unrelated texts produce nothing', () => {
    fc.assert(
      fc.property(fc.option(authorization, { nil: undefined }), epoch, (auth, tokenExpires) => {
        const subject = exchangeSubject({
          request: { method: 'GET', url: `${BASE}/v3/indicators`, headers: auth === undefined ? {} : { Authorization: auth } },
          response: { status: 200, headers: { Date: DATE }, body: v2('Unauthorized') },
          ...(tokenExpires === undefined ? {} : { tokenExpires }),
        });
        const result = engine.fix(subject);
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 .,:]*$/), (text) => {
        fc.pre(!/\bunauthorized\b|job associated with this token/.test(text));
        expect(engine.check(messageSubject(text)).messages).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, never reports internal errors, never fixes', () => {
    fc.assert(
      fc.property(exchange, (subject) => {
        const result = engine.fix(subject);
        expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(anyText, classMessage, anyText, (a, m, b) => {
        expect(engine.check(messageSubject(`${a}${m}${b}`)).messages.filter((x) => x.internal)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('reports at most one expiry diagnosis per exchange', () => {
    fc.assert(
      fc.property(exchange, (subject) => {
        expect(engine.check(subject).messages.filter((m) => m.ruleId === 'unauthorized/expiry').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
