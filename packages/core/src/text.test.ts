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
    expect(preview('x'.repeat(100), { max: 4 })).toBe('"xxxx"… (100 characters)');
  });
  it('never cuts a surrogate pair in two', () => {
    expect(preview('ab😀c', 3)).toBe('"ab"… (5 characters)');
    expect(preview('ab😀c', 4)).toBe('"ab😀"… (5 characters)');
  });
  it('shows a value unquoted, still escaping what cannot be seen', () => {
    expect(preview('say "hi"\\n', { quote: false })).toBe('say "hi"\\n');
    expect(preview('a\tb\nc\u200d\ud800', { quote: false })).toBe('a\\tb\\nc\\u200d\\ud800');
    expect(preview('x'.repeat(100), { quote: false, max: 10 })).toBe('xxxxxxxxxx… (100 characters)');
  });
  it('cuts without naming the length when asked', () => {
    expect(preview('abcdef', { max: 3, length: false })).toBe('"abc"…');
    expect(preview('abcdef', { max: 3, quote: false, length: false })).toBe('abc…');
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
