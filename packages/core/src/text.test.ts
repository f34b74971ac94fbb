import { describe, expect, it } from 'vitest';
import { findControlCharacter, preview, previewChar, withoutSurroundingWhitespace } from './text.js';

describe('preview', () => {
  it('quotes and escapes', () => {
    expect(preview('a\nb')).toBe('"a\\nb"');
    expect(preview('\ud800')).toBe('"\\ud800"');
  });
  it('escapes characters a reader cannot see', () => {
    expect(preview('a\u200db\u00a0c')).toBe('"a\\u200db\\u00a0c"');
    expect(previewChar('ö')).toBe('"ö" (U+00F6)');
    expect(previewChar('x')).toBe('"x"');
  });
  it('cuts long values and names their length', () => {
    expect(preview('x'.repeat(100), 4)).toBe('"xxxx"… (100 characters)');
  });
});

describe('findControlCharacter', () => {
  it('finds C0, DEL, C1 and line separators, naming them', () => {
    expect(findControlCharacter('ok\tthen')).toEqual({ index: 2, codePoint: 9, name: 'tab (U+0009)' });
    expect(findControlCharacter('a\u007f')?.name).toBe('delete (U+007F)');
    expect(findControlCharacter('a\u0085')?.name).toBe('next line (U+0085)');
    expect(findControlCharacter('a\u2028')?.name).toBe('line separator (U+2028)');
    expect(findControlCharacter('a\u0001')?.name).toBe('control character (U+0001)');
  });
  it('accepts ordinary text, including non-ASCII', () => {
    expect(findControlCharacter('Global\\Österreich 😀')).toBeUndefined();
  });
});

describe('withoutSurroundingWhitespace', () => {
  it('trims only when needed', () => {
    expect(withoutSurroundingWhitespace(' a b ')).toBe('a b');
    expect(withoutSurroundingWhitespace('a b')).toBeUndefined();
  });
});
