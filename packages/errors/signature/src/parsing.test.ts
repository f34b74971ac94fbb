import { describe, expect, it } from 'vitest';
import { parseAuthorization } from './authorization.js';
import { percentDecode } from './percent.js';
import { describeSurroundingWhitespace } from './whitespace.js';

describe('percentDecode', () => {
  it.each([
    ['Common%20Community', 'Common Community'],
    ['a+b', 'a+b'],
    ['%C3%A9t%C3%A9', 'été'],
    ['%E9', '%E9'],
    ['100%', '100%'],
    ['%2', '%2'],
    ['%zz%41', '%zzA'],
  ])('%s -> %s', (input, output) => {
    expect(percentDecode(input)).toBe(output);
  });
});

describe('describeSurroundingWhitespace', () => {
  it.each([
    ['key\n', 'a trailing newline'],
    ['key\r\n', 'a trailing carriage return and newline'],
    ['  key', '2 leading spaces'],
    ['\tkey ', 'a leading tab and a trailing space'],
    ['key\u00a0', 'a trailing U+00A0'],
    ['key \n', 'trailing whitespace " \\n"'],
    ['key', 'no whitespace'],
  ])('%j', (input, output) => {
    expect(describeSurroundingWhitespace(input)).toBe(output);
  });
});

describe('parseAuthorization', () => {
  const sig = 'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=';
  it('reads a correct header without mistakes', () => {
    const parsed = parseAuthorization(`TC 123:${sig}`);
    expect(parsed).toMatchObject({ accessId: '123', signature: sig, mistakes: [] });
    expect(parsed.digest?.length).toBe(32);
  });
  it('takes the scheme in any letter case, ended by any whitespace', () => {
    expect(parseAuthorization(`tc 123:${sig}`).mistakes).toEqual([{ id: 'schemeCase', scheme: 'tc' }]);
    expect(parseAuthorization(`TC\u3000123:${sig}`)).toMatchObject({ accessId: '123', mistakes: [{ id: 'accessIdWhitespace', whitespace: 'a leading U+3000' }] });
    expect(parseAuthorization(`Tc\u2028123:${sig}`)).toMatchObject({ accessId: '123', mistakes: [{ id: 'schemeCase', scheme: 'Tc' }, { id: 'accessIdWhitespace', whitespace: 'a leading U+2028' }] });
  });
  it('reads a header wholly wrapped in b\'...\'', () => {
    expect(parseAuthorization(`b'TC 123:${sig}'`).mistakes).toEqual([{ id: 'bytesWrapper' }]);
  });
  it('reads a signature in quotes', () => {
    expect(parseAuthorization(`TC 123:"${sig}"`)).toMatchObject({ signature: sig, mistakes: [{ id: 'quotedSignature' }] });
  });
  it('measures a long signature without decoding it', () => {
    const parsed = parseAuthorization(`TC 1:${'A'.repeat(1 << 20)}`);
    expect(parsed).toMatchObject({ accessId: '1', byteLength: 786432, mistakes: [] });
    expect(parsed.digest).toBeUndefined();
  });
  it.each([
    ['', 'is empty'],
    ['Basic dXNlcjpwYXNz', 'starts with "Basic" instead of the "TC" scheme'],
    ['TC', 'has no ":" between the access id and the signature'],
    ['APIV2:430:c8mTcH:1234567890123:7mbiyQk3Zt9pXw2LrV8sNd4Jf6Hq1Ca0Eu5Gy=', 'has a signature that is neither base64 nor hex ("430:c8mTcH:1234567890123:7mbiyQk3Zt9pXw2LrV8sNd4Jf6Hq1Ca0Eu5"… (63 characters))'],
    ['TC :abc', 'has no access id before the ":"'],
    ['TC 1 2:abc', 'has whitespace inside the access id "1 2"'],
    // core's preview shows invisible characters escaped
    ['TC 1\u30002:abc', 'has whitespace inside the access id "1\\u30002"'],
    ['TC 1\ufeff2:abc', 'has whitespace inside the access id "1\\ufeff2"'],
    ['tC-tOkEn abc', 'uses the TC-Token scheme (API token authentication), not the TC scheme of HMAC signing'],
    ['TCTC 1:abc', 'starts with "TCTC" instead of the "TC" scheme'],
    ['TC 1:', 'has no signature after the ":"'],
    ["TC 1:b''", 'has no signature after the ":"'],
  ])('%j is malformed: %s', (header, problem) => {
    expect(parseAuthorization(header).problem).toBe(problem);
  });
});
