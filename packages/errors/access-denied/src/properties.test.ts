import { createEngine, exchangeSubject, messageSubject } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { ACCESS_ID, BASE, SIGNATURE, v2, v3 } from './testing/exchanges.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', '\n', '\ud800', '%', '+', ':', "b''"));
const classMessage = fc.constantFrom('Access Denied', 'ACCESS DENIED', 'The requested owner was not found', 'API access has not been licensed for this system', 'Unauthorized', 'Signature data did not match expected result');
const body = fc.oneof(
  classMessage.map(v2),
  classMessage.map((m) => v3(m)),
  fc.tuple(anyText, classMessage, anyText).map(([a, m, b]) => `${a}${m}${b}`),
  anyText,
);
const authorization = fc.oneof(
  fc.constant(`TC ${ACCESS_ID}:${SIGNATURE}`),
  fc.tuple(fc.constantFrom('TC', 'tc', 'TC-Token', 'tc-token', 'Bearer', ''), fc.constantFrom(' ', '  ', '\t', ''), anyText, fc.constantFrom('', ':', ' : ', "b'"), anyText).map((parts) => parts.join('')),
  anyText,
);
const exchange = fc
  .record({
    status: fc.integer({ min: 100, max: 599 }),
    body,
    authorization: fc.option(authorization, { nil: undefined }),
    query: fc.tuple(fc.constantFrom('owner', 'Owner', 'other'), anyText).map(([name, value]) => `${name}=${value}`),
  })
  .map(({ status, body, authorization, query }) =>
    exchangeSubject({
      request: { method: 'GET', url: `${BASE}/v2/groups?${query}`, headers: authorization === undefined ? {} : { Authorization: authorization } },
      response: { status, headers: {}, body },
    }),
  );

describe('properties', () => {
  it('successful exchanges and unrelated texts produce nothing', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(authorization, { nil: undefined }), (query, auth) => {
        const subject = exchangeSubject({
          request: { method: 'GET', url: `${BASE}/v2/groups?owner=${query}`, headers: auth === undefined ? {} : { Authorization: auth } },
          response: { status: 200, headers: {}, body: v2('Access Denied') },
        });
        const result = engine.fix(subject);
        expect(result.messages).toEqual([]);
        expect(result.changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 .,:]*$/), (text) => {
        fc.pre(!/access denied|requested owner was not found|has not been licensed/.test(text));
        expect(engine.check(messageSubject(text)).messages).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws or reports internal errors, on exchanges and texts', () => {
    fc.assert(
      fc.property(exchange, (subject) => {
        const result = engine.fix(subject);
        expect(result.messages.filter((m) => m.internal || m.ruleId.startsWith('tclint/'))).toEqual([]);
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(anyText, classMessage, anyText, (a, m, b) => {
        const result = engine.check(messageSubject(`${a}${m}${b}`));
        expect(result.messages.filter((x) => x.internal)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('fixing is idempotent and leaves nothing fixable', () => {
    fc.assert(
      fc.property(exchange, (subject) => {
        const once = engine.fix(subject);
        const output = once.output ?? subject;
        const twice = engine.fix(output);
        expect(twice.changes).toEqual([]);
        expect(engine.check(output).messages.filter((m) => m.fix)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
