import { describe, expect, it } from 'vitest';
import { compileJavaRegex, JavaRegexError, JAVA_FLAGS, JAVA_VERSION } from './index.js';

// What the translation must do, stated without Java (the differential tests compare with Java itself).
const matches = (pattern: string, input: string, flags = 0) => compileJavaRegex(pattern, { flags }).matches(input);
const find = (pattern: string, input: string, flags = 0) => compileJavaRegex(pattern, { flags }).findFirst(input);

describe('compileJavaRegex', () => {
  it('scopes an inline (?i) to the end of its group, and (?-i) turns it off', () => {
    expect(matches('a(?i)b', 'aB')).toBe(true);
    expect(matches('a(?i)b', 'AB')).toBe(false);
    expect(matches('(a(?i)b)c', 'aBc')).toBe(true);
    expect(matches('(a(?i)b)c', 'aBC')).toBe(false);
    expect(matches('a(?i)b|c', 'C')).toBe(true);
    expect(matches('(?i)a(?-i)b', 'Ab')).toBe(true);
    expect(matches('(?i)a(?-i)b', 'AB')).toBe(false);
    expect(matches('(?i:a)b', 'Ab')).toBe(true);
  });

  it('folds case for ASCII letters only', () => {
    expect(matches('(?i)k', 'K')).toBe(true);
    expect(matches('(?i)k', '\u212A')).toBe(false);
    expect(matches('(?i)[a-z]+', 'ſ')).toBe(false);
    expect(matches('(?i)é', 'É')).toBe(false);
    expect(matches('(?i)[^a-z]', 'Q')).toBe(false);
    expect(matches('abc', 'ABC', JAVA_FLAGS.CASE_INSENSITIVE)).toBe(true);
  });

  it("reads '.' and the whitespace classes as Java does", () => {
    for (const terminator of ['\n', '\r', '\u0085', '\u2028', '\u2029']) expect(matches('.', terminator)).toBe(false);
    expect(matches('.', '\u000B')).toBe(true);
    expect(matches('(?s).', '\u0085')).toBe(true);
    expect(matches('(?d).', '\r')).toBe(true);
    expect(matches('\\s', '\u00A0')).toBe(false);
    expect(matches('\\S', '\u2003')).toBe(true);
    expect(matches('\\w', 'é')).toBe(false);
    expect(matches('\\d', '\u0661')).toBe(false);
    expect(matches('(?U)\\d', '\u0661')).toBe(true);
  });

  it('matches $ and \\Z before one final line terminator, \\z only at the end', () => {
    expect(find('a$', 'a\n')).toEqual({ start: 0, end: 1 });
    expect(find('a$', 'a\r\n')).toEqual({ start: 0, end: 1 });
    expect(find('a$', 'a\u2028')).toEqual({ start: 0, end: 1 });
    expect(find('a$', 'a\n\n')).toBeUndefined();
    expect(find('a\\Z', 'a\u0085')).toEqual({ start: 0, end: 1 });
    expect(find('a\\z', 'a\n')).toBeUndefined();
    expect(matches('a$\\r\\n', 'a\r\n')).toBe(true);
    expect(find('(?m)a$', 'a\nb')).toEqual({ start: 0, end: 1 });
    expect(find('(?m)^b', 'a\r\nb')).toEqual({ start: 3, end: 4 });
  });

  it('counts code points: a pair is one character, a lone surrogate too', () => {
    expect(matches('.{1,100}', '😀'.repeat(100))).toBe(true);
    expect(matches('.{1,100}', '😀'.repeat(101))).toBe(false);
    expect(matches('.', '\uD83D')).toBe(true);
    expect(matches('.', '\uDE00')).toBe(true);
    expect(matches('..', '😀')).toBe(false);
    expect(matches('[^a]', '😀')).toBe(true);
    expect(matches('\\x{1F600}', '😀')).toBe(true);
    expect(matches('[😀-😂]+', '😁😂')).toBe(true);
  });

  it('starts find() on the low half of a pair only where Java does', () => {
    expect(find('\\uDE00x', '😀x')).toEqual({ start: 1, end: 3 }); // Start: every UTF-16 unit
    expect(find('\\uDE00xyz', '😀xyz')).toBeUndefined(); // Boyer-Moore over a supplementary slice: by code point
    expect(find('\\uDE00', '😀')).toBeUndefined(); // StartS: a single surrogate is not a BMP-only predicate
    expect(find('[\\uDC00-\\uDFFF]', '😀')).toBeUndefined(); // nor a range with surrogates
  });

  it('treats letters and digits of any script as word characters in \\b (Java 17)', () => {
    expect(matches('\\bé\\b', 'é')).toBe(true);
    expect(matches('\\b\\w+\\b', 'abc')).toBe(true);
    expect(find('\\b', '\u0661')).toEqual({ start: 0, end: 0 });
    expect(find('a\\b', 'a\u0301')).toBeUndefined(); // a mark after a letter is part of the word
    expect(find('_\\b', '_\u0301')).toEqual({ start: 0, end: 1 }); // but not after _
    expect(find('x\\b', 'x')).toEqual({ start: 0, end: 1 });
  });

  it('reads classes as Java does: ranges like +-\\;, union, intersection', () => {
    expect(matches('[+-\\;]+', '+,-./0123456789:;')).toBe(true);
    expect(matches('[+-\\;]', '<')).toBe(false);
    expect(matches('[a-d[m-p]]+', 'adn')).toBe(true);
    expect(matches('[a-z&&[^bc]]', 'b')).toBe(false);
    expect(matches('[a-z&&def]', 'e')).toBe(true);
    expect(matches('[]a]+', ']a')).toBe(true);
    expect(matches('[\\Q]-\\E]+', ']-')).toBe(true);
    expect(matches('\\Qa.b\\E', 'a.b')).toBe(true);
    expect(matches('\\Qa.b\\E', 'axb')).toBe(false);
  });

  it('emulates possessive quantifiers and atomic groups', () => {
    expect(matches('a++a', 'aaa')).toBe(false);
    expect(matches('a+a', 'aaa')).toBe(true);
    expect(matches('(?>a|ab)c', 'abc')).toBe(false);
    expect(matches('(?:a|ab)c', 'abc')).toBe(true);
    expect(matches('(?:a|ab)++c', 'abc')).toBe(false);
    expect(matches('(?:a|ab)+c', 'abc')).toBe(true);
    expect(matches('\\R\\n', '\r\n')).toBe(true); // \R alone backtracks to \r ...
    expect(matches('\\R?\\n', '\r\n')).toBe(false); // ... but not under a quantifier (Pattern's Ques)
  });

  it('bounds lookbehinds in UTF-16 units, as Pattern.Behind does', () => {
    expect(find('(?<=\\p{So})x', '😀x')).toBeUndefined();
    expect(find('(?<=😀)x', '😀x')).toEqual({ start: 2, end: 3 });
    expect(find('(?<=.)x', '😀x')).toEqual({ start: 2, end: 3 });
    expect(find('(?<=a+)b', 'aaab')).toEqual({ start: 3, end: 4 });
  });

  it('supports back-references to a group matched once before them', () => {
    expect(matches('(["\'])x\\1', '"x"')).toBe(true);
    expect(matches('(["\'])x\\1', '"x\'')).toBe(false);
    expect(matches('(?<q>a)\\k<q>', 'aa')).toBe(true);
    expect(matches('(a)\\5', 'a')).toBe(false); // no group 5: never matches
  });

  it('reads COMMENTS mode and octal, hexadecimal and control escapes', () => {
    expect(matches('(?x) a b # comment\n c', 'abc')).toBe(true);
    expect(matches('\\0101\\x42\\u0043\\cA', 'ABC\u0001')).toBe(true);
  });

  it('matches property classes with Java 17 data', () => {
    expect(JAVA_VERSION).toMatch(/^17\./);
    expect(matches('\\p{Lu}', 'A')).toBe(true);
    expect(matches('\\p{Lu}', 'a')).toBe(false);
    expect(matches('(?i)\\p{Lu}', 'a')).toBe(true);
    expect(matches('\\p{Alpha}', 'é')).toBe(false);
    expect(matches('\\p{IsAlphabetic}', 'é')).toBe(true);
    expect(matches('\\p{L}', '\u0870')).toBe(false); // a letter since Unicode 14, after Java 17
    expect(matches('\\p{javaLowerCase}', 'ß')).toBe(true);
  });

  it('builds a translation per alphabet of the input, lazily', () => {
    const regex = compileJavaRegex('\\b\\p{L}+\\b');
    const ascii = regex.regExpFor('abc', 'matches');
    expect(ascii.flags).toBe('');
    expect(ascii.source.length).toBeLessThan(2_000);
    expect(regex.regExpFor('xyz', 'matches')).toBe(ascii);
    expect(regex.regExpFor('é', 'matches')).not.toBe(ascii);
    expect(regex.regExpFor('😀', 'matches')).not.toBe(regex.regExpFor('é', 'matches'));
    expect([regex.matches('abc'), regex.matches('éa'), regex.matches('𝐀')]).toEqual([true, true, true]);
  });
});

describe('JavaRegexError', () => {
  const failure = (pattern: string, flags = 0) => {
    try {
      compileJavaRegex(pattern, { flags });
    } catch (error) {
      if (error instanceof JavaRegexError) return { kind: error.kind, description: error.description, index: error.index };
      throw error;
    }
    throw new Error(`${pattern} compiled`);
  };

  it("gives Java's description and offset for patterns Java refuses", () => {
    expect(failure('a(b')).toEqual({ kind: 'syntax', description: 'Unclosed group', index: 3 });
    expect(failure('[a')).toEqual({ kind: 'syntax', description: 'Unclosed character class', index: 1 });
    expect(failure('a**')).toEqual({ kind: 'syntax', description: "Dangling meta character '*'", index: 2 });
    expect(failure('x{')).toEqual({ kind: 'syntax', description: 'Illegal repetition', index: 2 });
    expect(failure('[b-a]')).toEqual({ kind: 'syntax', description: 'Illegal character range', index: 3 });
    expect(failure('\\p{Nope}')).toEqual({ kind: 'syntax', description: 'Unknown character property name {Nope}', index: 7 });
    expect(failure('(?<=a(?:bc)+)')).toEqual({ kind: 'syntax', description: 'Look-behind group does not have an obvious maximum length', index: 11 });
    expect(failure('a', 0x1000)).toMatchObject({ kind: 'syntax', description: 'Unknown flag 0x1000' });
  });

  it('names each construct it does not translate, with its offset', () => {
    expect(failure('ab\\X')).toMatchObject({ kind: 'unsupported', index: 2 });
    expect(failure('ab\\X').description).toContain('\\X');
    expect(failure('x\\p{IsLatin}').description).toContain('scripts');
    expect(failure('x\\p{InGreek}')).toMatchObject({ kind: 'unsupported', index: 1 });
    expect(failure('(a)*\\1')).toMatchObject({ kind: 'unsupported', index: 4 });
    expect(failure('(?iu)é')).toMatchObject({ kind: 'unsupported' });
    expect(failure('(?<=.{0,2})x').description).toContain('lookbehind');
    expect(failure('a', JAVA_FLAGS.CANON_EQ).description).toContain('CANON_EQ');
  });

  it('puts the offset and the pattern in the message', () => {
    expect(() => compileJavaRegex('a(b')).toThrow('Unclosed group at offset 3 of the Java pattern "a(b"');
  });
});
