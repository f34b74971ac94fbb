import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayNeedIdn } from './may-need-idn.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('mayNeedIdn', () => {
  it('is true for a non-ASCII name or an xn-- label in any case, false for plain ASCII', () => {
    expect(mayNeedIdn(bytes('österreich.icom.museum\n'))).toBe(true);
    expect(mayNeedIdn(bytes('ASN,AS 1\nHost,XN--sterreich-z7a.icom.museum\n'))).toBe(true);
    expect(mayNeedIdn(new Uint8Array([0x61, 0xff, 0x62]))).toBe(true);
    expect(mayNeedIdn(bytes('abc:def:10::/48\nexample.com\nxn-\nx-n--\n'))).toBe(false);
    expect(mayNeedIdn(new Uint8Array())).toBe(false);
  });

  it('agrees with a regular expression over the bytes read as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom('', 'xn--', 'XN--', 'xN--', 'xn-'), fc.nat(64), (random, insert, at) => {
        const all = new Uint8Array([...random.subarray(0, at), ...bytes(insert), ...random.subarray(at)]);
        const latin1 = String.fromCharCode(...all);
        expect(mayNeedIdn(all)).toBe(/[^\x00-\x7f]|xn--/i.test(latin1));
      }),
    );
  });
});
