import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from './utf8.js';

describe('decodeUtf8', () => {
  it('decodes valid text', () => {
    expect(decodeUtf8(Buffer.from('héllo ✓ 𝄞'))).toEqual({ text: 'héllo ✓ 𝄞' });
  });

  it('reports where invalid bytes start, as a character column', () => {
    const bytes = Buffer.concat([Buffer.from('é1'), Buffer.from([0xff]), Buffer.from('x')]);
    expect(decodeUtf8(bytes)).toEqual({ invalidAt: { byte: 3, column: 3 } });
  });

  it('rejects overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidByte(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidByte(Buffer.from([0x41, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidByte(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidByte(Buffer.from('ok'))).toBe(2);
  });
});
