import { describe, expect, it } from 'vitest';
import { compileJavaRegex, JavaRegexError, JAVA_FLAGS } from './index.js';
import { readmeExamples } from './testing/readme-examples.js';

describe('README', () => {
  const examples = readmeExamples();

  it('has the table of differences', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(examples.map((e) => [JSON.stringify(e.pattern), JSON.stringify(e.input), e] as const))('%s on %s answers as the table says', (_p, _i, e) => {
    const regex = compileJavaRegex(e.pattern);
    expect([regex.matches(e.input), regex.find(e.input)]).toEqual([e.matches, e.find]);
  });

  it('usage example', () => {
    const asn = compileJavaRegex('[Aa][Ss][Nn][1-4]?\\d{1,8}');
    expect(asn.matches('ASN12345')).toBe(true);
    expect(asn.matches('AS12345')).toBe(false);
    expect(asn.find('see ASN1 and ASN2')).toBe(true);
    expect(asn.findFirst('see ASN1 and ASN2')).toEqual({ start: 4, end: 8 });
    expect(compileJavaRegex('abc', { flags: JAVA_FLAGS.CASE_INSENSITIVE }).matches('ABC')).toBe(true);
    let error: unknown;
    try {
      compileJavaRegex('a(b');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JavaRegexError);
    expect(error).toMatchObject({ kind: 'syntax', description: 'Unclosed group', index: 3 });
  });
});
