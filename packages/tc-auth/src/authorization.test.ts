import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthorization, textOf, type AuthorizationHeader } from './authorization.js';

const SIG = 'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=';
const TOKEN = 'APIV2:430:c8mTcH:1234567890123:7mbiyQk3Zt9pXw2LrV8sNd4Jf6Hq1Ca0Eu5Gy=';

/** The parts as texts, for readable expectations. */
function parts(header: AuthorizationHeader) {
  return {
    scheme: header.scheme,
    bytesLiteral: header.bytesLiteral,
    schemeWord: header.schemeWord && textOf(header, header.schemeWord),
    gap: header.gap && textOf(header, header.gap),
    credentials: textOf(header, header.credentials),
    accessId: header.accessId && textOf(header, header.accessId),
    signature: header.signature && textOf(header, header.signature),
    colons: header.colons,
  };
}

describe('parseAuthorization', () => {
  it.each([
    [`TC 123:${SIG}`, { scheme: 'hmac', schemeWord: 'TC', gap: ' ', credentials: `123:${SIG}`, accessId: '123', signature: SIG, colons: 1 }],
    [`  tc\t 123 : ${SIG}\n`, { scheme: 'hmac', schemeWord: 'tc', gap: '\t ', accessId: '123 ', signature: ` ${SIG}`, colons: 1 }],
    [`b'TC 123:${SIG}'`, { scheme: 'hmac', bytesLiteral: true, schemeWord: 'TC', accessId: '123' }],
    [`TC 123:b'${SIG}'`, { scheme: 'hmac', bytesLiteral: false, signature: `b'${SIG}'` }],
    [`123:${SIG}`, { scheme: 'unnamed', schemeWord: undefined, credentials: `123:${SIG}`, accessId: '123', colons: 1 }],
    [`TC-Token ${TOKEN}`, { scheme: 'token', schemeWord: 'TC-Token', credentials: TOKEN, accessId: 'APIV2', colons: 4 }],
    [`tc-TOKEN\u3000${TOKEN}`, { scheme: 'token', schemeWord: 'tc-TOKEN', gap: '\u3000' }],
    [TOKEN, { scheme: 'unnamed', credentials: TOKEN, colons: 4 }],
    ['TC', { scheme: 'hmac', schemeWord: 'TC', gap: undefined, credentials: '', accessId: undefined, colons: 0 }],
    ['TC-Token', { scheme: 'token', credentials: '' }],
    ['Bearer abc', { scheme: 'other', schemeWord: 'Bearer', credentials: 'abc', colons: 0 }],
    ['TCTC 1:abc', { scheme: 'other', schemeWord: 'TCTC' }],
    ['abc', { scheme: 'unnamed', credentials: 'abc' }],
    ['', { scheme: 'unnamed', credentials: '' }],
    [' \n', { scheme: 'unnamed', credentials: '' }],
  ] as const)('%j', (header, expected) => {
    expect(parts(parseAuthorization(header))).toMatchObject(expected);
  });

  it('an absent header', () => {
    expect(parseAuthorization(undefined)).toMatchObject({ text: '', scheme: 'absent', colons: 0 });
  });

  it('keeps every part in place: the parts cover the value in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('T', 'C', 'c', '-', 'o', 'k', 'e', 'n', ' ', '\t', '\n', ':', 'b', "'", 'x', '=') }), (text) => {
        const h = parseAuthorization(text);
        expect(text.slice(h.trimmed.start, h.trimmed.end)).toBe(text.trim());
        expect(h.value.start).toBeGreaterThanOrEqual(h.trimmed.start);
        expect(h.value.end).toBeLessThanOrEqual(h.trimmed.end);
        if (h.schemeWord) {
          expect(h.schemeWord.start).toBe(h.value.start);
          expect((h.gap ?? h.schemeWord).end).toBe(h.credentials.start);
        } else expect(h.credentials).toEqual(h.value);
        expect(h.credentials.end).toBe(h.value.end);
        if (h.accessId && h.signature) {
          expect(textOf(h, h.accessId) + ':' + textOf(h, h.signature)).toBe(textOf(h, h.credentials));
          expect(textOf(h, h.accessId)).not.toContain(':');
        } else expect(textOf(h, h.credentials)).not.toContain(':');
      }),
      { numRuns: 500 },
    );
  });
});
