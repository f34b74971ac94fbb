import { describe, expect, it } from 'vitest';
import { ipVersion } from './ip-version.js';
import { formatIPv6Groups } from './ipv6-format.js';
import { formatIPv6, inspectIPv6, isIPv6, isThreatConnectIPv6, parseIPv6 } from './ipv6.js';

describe('formatIPv6', () => {
  it('writes any standard IPv6 text form in ThreatConnect form', () => {
    expect(formatIPv6('2001:db8:1234::')).toBe('2001:db8:1234:0:0:0:0:0');
    expect(formatIPv6('2001:0DB8:1234:0000:0000:0000:0000:0000')).toBe('2001:db8:1234:0:0:0:0:0');
    expect(formatIPv6('::')).toBe('0:0:0:0:0:0:0:0');
    expect(formatIPv6('::1')).toBe('0:0:0:0:0:0:0:1');
    expect(formatIPv6('1::')).toBe('1:0:0:0:0:0:0:0');
    expect(formatIPv6('1:2:3:4:5:6:7:8')).toBe('1:2:3:4:5:6:7:8');
    expect(formatIPv6('::ffff:1.2.3.4')).toBe('0:0:0:0:0:ffff:102:304');
    expect(formatIPv6('1:2:3:4:5:6:255.255.255.255')).toBe('1:2:3:4:5:6:ffff:ffff');
    expect(formatIPv6('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0:0:0:c000:221');
  });

  it('returns a value already in ThreatConnect form as it is', () => {
    const value = 'abc:def:10:0:0:0:0:0';
    expect(formatIPv6(value)).toBe(value);
    expect(isThreatConnectIPv6(value)).toBe(true);
    expect(isThreatConnectIPv6('abc:def:10::')).toBe(false);
    expect(isThreatConnectIPv6('ABC:def:10:0:0:0:0:0')).toBe(false);
  });

  it('rejects what is not one IPv6 address', () => {
    for (const text of ['', ':', ':::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1::', '1::2:', '12345::', 'g::', '1:2:3:4::5:6:7:8', '::1.2.3', '::1.2.3.4.5', '::01.2.3.4', '::256.1.1.1', '1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', 'fe80::1%eth0', '[::1]', ' ::1', '::1 ', '::1/128']) {
      expect(formatIPv6(text), text).toBeUndefined();
      expect(parseIPv6(text), text).toBeUndefined();
      expect(isIPv6(text), text).toBe(false);
      expect(isThreatConnectIPv6(text), text).toBe(false);
    }
  });
});

describe('parseIPv6 and formatIPv6Groups', () => {
  it('round-trip', () => {
    expect(parseIPv6('2001:db8::ff00:42:8329')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329]);
    expect(formatIPv6Groups([0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329])).toBe('2001:db8:0:0:0:ff00:42:8329');
  });
});

describe('inspectIPv6', () => {
  it('names each way the text departs from ThreatConnect form', () => {
    expect(inspectIPv6('abc:0def:10:000:00::')).toEqual({
      groups: [0xabc, 0xdef, 0x10, 0, 0, 0, 0, 0],
      formatted: 'abc:def:10:0:0:0:0:0',
      ok: false,
      compressed: true,
      uppercase: false,
      zeroGroup: '000',
      leadingZeros: '0def',
    });
    expect(inspectIPv6('0:0:0:0:0:FFFF:1.2.3.4')).toMatchObject({ ok: false, compressed: false, uppercase: true, ipv4: '1.2.3.4' });
    expect(inspectIPv6('abc:def:10:0:0:0:0:0')).toEqual({ groups: [0xabc, 0xdef, 0x10, 0, 0, 0, 0, 0], formatted: 'abc:def:10:0:0:0:0:0', ok: true, compressed: false, uppercase: false });
    expect(inspectIPv6('nope')).toBeUndefined();
  });
});

describe('untyped callers', () => {
  it('get undefined, not an exception, for a non-string', () => {
    for (const text of [undefined, null, 1, {}] as unknown as string[]) {
      expect(formatIPv6(text)).toBeUndefined();
      expect(parseIPv6(text)).toBeUndefined();
      expect(inspectIPv6(text)).toBeUndefined();
      expect(isIPv6(text)).toBe(false);
      expect(ipVersion(text)).toBeUndefined();
    }
  });
});

describe('ipVersion', () => {
  it('says which family a plain address is, as isIPv4 and isIPv6 do', () => {
    expect(ipVersion('10.0.0.1')).toBe(4);
    expect(ipVersion('::ffff:1.2.3.4')).toBe(6);
    expect(ipVersion('2001:db8::1')).toBe(6);
    for (const text of ['010.0.0.1', '10.1', '', 'example.com', 'fe80::1%eth0', '[::1]', '10.0.0.0/8', '::1/128']) expect(ipVersion(text), text).toBeUndefined();
  });
});
