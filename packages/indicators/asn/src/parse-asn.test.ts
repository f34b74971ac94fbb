import { describe, expect, it } from 'vitest';
import { canonicalAsn, parseAsn } from './parse-asn.js';

describe('parseAsn', () => {
  it('reads the number and how it was spelled', () => {
    expect(parseAsn(' as 007 ')).toEqual({
      kind: 'number',
      asn: 7,
      spelling: { prefix: 'as', spaceBefore: true, spaceInside: true, spaceAfter: true, leadingZeros: true },
    });
  });

  it('converts asdot as high * 65536 + low', () => {
    expect(parseAsn('AS1.10')).toMatchObject({ kind: 'number', asn: 65546, spelling: { asdot: { high: 1, low: 10 } } });
    expect(parseAsn('65535.65535')).toMatchObject({ kind: 'number', asn: 4294967295 });
  });

  it('rejects huge digit runs by length instead of rounding them', () => {
    const digits = '4294967295' + '0'.repeat(30);
    expect(parseAsn(`ASN${digits}`)).toEqual({ kind: 'outOfRange', prefix: 'ASN', digits });
    // 2^53 + 1 would round to 2^53 as a double; it must still be out of range
    expect(parseAsn('9007199254740993')).toMatchObject({ kind: 'outOfRange', digits: '9007199254740993' });
  });

  it('never drops text after the number', () => {
    expect(parseAsn('AS12abc')).toEqual({ kind: 'trailingJunk', prefix: 'AS', number: '12', text: 'abc' });
    expect(canonicalAsn('AS12abc')).toBeUndefined();
  });

  it('gives the canonical form of fixable values', () => {
    expect(canonicalAsn('ASN 012345')).toBe('ASN12345');
    expect(canonicalAsn('asn12345')).toBe('ASN12345');
    expect(canonicalAsn('ASN')).toBeUndefined();
  });
});
