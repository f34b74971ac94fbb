import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { ipAddressKind } from './ip-address.js';

describe('ipAddressKind', () => {
  it.each([
    '0.0.0.0',
    '10.0.0.1',
    '255.255.255.255',
    '10.0.0.1.',
    '010.0.0.1',
    '0x0a.0.0.1',
    '0X0A.0x0.0.1',
    '10.1',
    '10.0.1',
    '4294967295',
    '000000000000000000000000000010.0.0.1',
  ])('%j is IPv4', (value) => expect(ipAddressKind(value)).toBe(4));

  it.each([
    '::',
    '::1',
    '2001:db8::1',
    '2001:DB8:0:0:0:0:0:1',
    'abc:def:10:0:0:0:0:0',
    '::ffff:1.2.3.4',
    '64:ff9b::192.0.2.33',
    'fe80::1%eth0',
    '[2001:db8::1]',
    '[fe80::1%25eth0]',
    '1:2:3:4:5:6:7::',
    '::2:3:4:5:6:7:8',
  ])('%j is IPv6', (value) => expect(ipAddressKind(value)).toBe(6));

  it.each([
    '',
    '.',
    'example.com',
    '1.2.3.4.5',
    '256.0.0.1',
    '10.0.0.256',
    '4294967296',
    '1.16777216',
    '09.0.0.1',
    '0xg.0.0.1',
    '1..2',
    '.1.2',
    '10.0.0.1..',
    ':',
    ':::',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '1::2::3',
    ':1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:',
    '12345::1',
    '::1.2.3.4:1',
    '1.2.3.4::',
    'fe80::1%',
    '[::1',
    '::1]',
    '[example.com]',
    'g::1',
  ])('%j is not an IP address', (value) => expect(ipAddressKind(value)).toBeUndefined());

  it('calls no long text an address, whatever it holds', () => {
    expect(ipAddressKind('9'.repeat(1_000_000))).toBeUndefined();
    expect(ipAddressKind(`${'0'.repeat(1_000_000)}1`)).toBeUndefined();
  });

  it('reads IPv4 and IPv6 as ipaddr.js does, where URL parsers differ', () => {
    // WHATWG reads "0x" as the number 0 and refuses a leading zero in an embedded IPv4 part
    expect(ipAddressKind('0x')).toBeUndefined();
    expect(ipAddressKind('::1.2.3.04')).toBe(6);
  });
});

describe('ipAddressKind without ipaddr.js for impossible text', () => {
  // the verdict before the character look: ipaddr.js alone
  const reference = (value: string): 4 | 6 | undefined => {
    if (value.length === 0 || value.length > 256) return undefined;
    if (value.startsWith('[')) return value.endsWith(']') && ipaddr.IPv6.isValid(value.slice(1, -1)) ? 6 : undefined;
    if (value.includes(':')) return ipaddr.IPv6.isValid(value) ? 6 : undefined;
    if (!/^[0-9]/.test(value)) return undefined;
    return ipaddr.IPv4.isValid(value.endsWith('.') ? value.slice(0, -1) : value) ? 4 : undefined;
  };
  const unit = fc.constantFrom('0', '1', '9', '2', '5', 'a', 'f', 'A', 'F', 'x', 'X', 'g', 'z', '.', ':', '%', '[', ']', ' ', '/', '-', 'ö', '２', '．');
  it('gives ipaddr.js verdict on any text of address characters and others', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 45 }), (value) => {
      expect(ipAddressKind(value)).toBe(reference(value));
    }), { numRuns: 5000 });
  });
  it.each(['1.2.3[.]4', '192.168.0.1/24', '1.2.3.4 ', '2001:db8::g', '[::1 ]', '0xg.1.1.1', 'fe80::1%eth0', '::ffff:0x1.2.3.4'])('%j as ipaddr.js reads it', (value) => {
    expect(ipAddressKind(value)).toBe(reference(value));
  });
});
