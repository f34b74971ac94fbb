import { describe, expect, it } from 'vitest';
import { asciiLower } from './chars.js';

describe('asciiLower', () => {
  it.each([
    ['', ''],
    ['example.com', 'example.com'],
    ['EXAMPLE.Com', 'example.com'],
    ['aBcD-_09.@[Z]', 'abcd-_09.@[z]'],
    // only A-Z: letters that toLowerCase would change are kept as they are
    ['ÄÖÜ.DE', 'ÄÖÜ.de'],
    ['İSTANBUL', 'İstanbul'],
    ['\u212aELVIN', '\u212aelvin'],
    ['ΑΒΓ-ABC', 'ΑΒΓ-abc'],
    ['\u3000A\u3000', '\u3000a\u3000'],
    ['A\ud800B\udc00C', 'a\ud800b\udc00c'],
    ['X\u{1f600}Y', 'x\u{1f600}y'],
  ])('%j -> %j', (input, expected) => {
    expect(asciiLower(input)).toBe(expected);
  });

  it('returns text without A-Z as it is', () => {
    const text = 'déjà.vu';
    expect(asciiLower(text)).toBe(text);
  });

  it('lowers long non-ASCII text past its chunk size, character for character', () => {
    const input = 'aBÉ\ud800'.repeat(5000);
    const output = asciiLower(input);
    expect(output).toBe('abÉ\ud800'.repeat(5000));
  });
});
