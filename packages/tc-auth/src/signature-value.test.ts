import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSignature } from './signature-value.js';

const DIGEST = Buffer.from('ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=', 'base64');
const SIG = DIGEST.toString('base64');
const HEX = DIGEST.toString('hex');

describe('readSignature', () => {
  it.each([
    [SIG, { text: SIG, wrappers: [], encoding: 'base64', urlSafe: false, padded: true, byteLength: 32 }],
    [HEX.toUpperCase(), { encoding: 'hex', byteLength: 32 }],
    [Buffer.from(HEX).toString('base64'), { encoding: 'base64OfHex', byteLength: 32 }],
    [DIGEST.toString('base64url'), { encoding: 'base64', urlSafe: true, padded: false }],
    [SIG.replace('=', ''), { encoding: 'base64', padded: false }],
    [`b'${SIG}\\n'`, { text: SIG, wrappers: [{ kind: 'bytesLiteral' }, { kind: 'escapedNewline' }], encoding: 'base64' }],
    [` "${SIG}" `, { text: SIG, wrappers: [{ kind: 'whitespace', leading: ' ', trailing: ' ' }, { kind: 'quotes' }] }],
    [`${SIG}\r\n`, { wrappers: [{ kind: 'whitespace', leading: '', trailing: '\r\n' }] }],
  ] as const)('%j', (raw, expected) => {
    const reading = readSignature(raw);
    expect(reading).toMatchObject(expected);
    expect(Buffer.from(reading.digest!).equals(DIGEST)).toBe(true);
  });

  it.each(['', 'not base64!', 'ab=c', 'a+b-', 'ab==c', 'ab===', 'AB==', 'ABC=', 'a', "b''"])('%j is neither base64 nor hex', (raw) => {
    const reading = readSignature(raw);
    expect(reading.encoding).toBeUndefined();
    expect(reading.digest).toBeUndefined();
  });

  it('measures a long text without decoding it', () => {
    expect(readSignature('A'.repeat(1 << 20))).toEqual({ text: 'A'.repeat(1 << 20), wrappers: [], encoding: 'base64', urlSafe: false, padded: true, byteLength: 786432 });
  });

  it('decodes what Buffer encodes, in both alphabets, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 100 }), (bytes) => {
        const data = Buffer.from(bytes);
        for (const text of [data.toString('base64'), data.toString('base64url')]) {
          const reading = readSignature(text);
          expect(Buffer.from(reading.digest ?? []).equals(data) || reading.encoding === 'base64OfHex').toBe(true);
          expect(reading.padded).toBe(text.endsWith('=') || text.length % 4 === 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
