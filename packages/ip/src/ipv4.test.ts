import { describe, expect, it } from 'vitest';
import { inspectIPv4 } from './inspect-ipv4.js';
import { isIPv4, parseIPv4 } from './ipv4.js';

describe('parseIPv4', () => {
  it('reads four decimal octets without leading zeros', () => {
    expect(parseIPv4('10.0.0.1')).toEqual([10, 0, 0, 1]);
    expect(parseIPv4('0.0.0.0')).toEqual([0, 0, 0, 0]);
    expect(parseIPv4('255.255.255.255')).toEqual([255, 255, 255, 255]);
  });

  it('rejects every other notation', () => {
    for (const text of ['', '10.0.0', '10.0.0.0.0', '010.0.0.1', '10.00.0.1', '0x0a.0.0.1', '256.0.0.1', '10.0.0.1 ', ' 10.0.0.1', '10..0.1', '.10.0.0', '10.0.0.', '167772161', '10.0.0.1/8', '１０.0.0.1', '1e1.0.0.1']) {
      expect(parseIPv4(text), text).toBeUndefined();
      expect(isIPv4(text), text).toBe(false);
    }
    expect(isIPv4('10.0.0.1')).toBe(true);
  });
});

describe('inspectIPv4', () => {
  it('says what is wrong with an IPv4-looking text', () => {
    expect(inspectIPv4('10.0.0.1')).toEqual({ octets: [10, 0, 0, 1] });
    expect(inspectIPv4('010.0.0.1')).toEqual({ issues: { leadingZeros: '010' } });
    expect(inspectIPv4('0x0A.0.0.1')).toEqual({ issues: { hexOctet: '0x0A' } });
    expect(inspectIPv4('10.0')).toEqual({ issues: { count: 2 } });
    expect(inspectIPv4('300.0.0.1')).toEqual({ issues: { octetRange: '300' } });
    // more than three digits: ThreatConnect's Address pattern takes one to three per octet
    expect(inspectIPv4('0010.0.0.1')).toEqual({ issues: { leadingZeros: '0010', longOctet: '0010' } });
    expect(inspectIPv4('1000.0.0.1')).toEqual({ issues: { octetRange: '1000', longOctet: '1000' } });
  });

  it('does not read what is no IPv4 address at all', () => {
    for (const text of ['', 'example.com', '10..0.1', '10.0.0.1 ', '0x.0.0.1', '1.2.3.4'.repeat(20)]) expect(inspectIPv4(text), text).toBeUndefined();
    // a hex octet has hex digits only (no control characters that look like digits once or-ed with 0x20)
    expect(inspectIPv4('0x\u0011.0.0.1')).toBeUndefined();
  });
});

describe('untyped callers', () => {
  it('get undefined, not an exception, for a non-string', () => {
    expect(parseIPv4(undefined as unknown as string)).toBeUndefined();
    expect(parseIPv4(167772161 as unknown as string)).toBeUndefined();
    expect(inspectIPv4(undefined as unknown as string)).toBeUndefined();
  });
});
