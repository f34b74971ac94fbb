import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipVersion } from './ip-version.js';
import { parseIPv4 } from './ipv4.js';
import { clearHostBits } from './mask.js';
import { isIPv4Network, isThreatConnectIPv6Network } from './network.js';
import { formatIPv6, inspectIPv6, isIPv6, isThreatConnectIPv6, parseIPv6 } from './ipv6.js';
import { ipv4Text, ipv6Groups, ipv6Text, mutated, threatConnectForm } from './testing/ipv6-text.js';

const anyText = fc.oneof(ipv6Text, ipv4Text, mutated(ipv6Text), mutated(ipv4Text), fc.string(), fc.string({ unit: 'binary' }));
// ThreatConnect's CIDR pattern, for an address: eight groups, each one hex digit or several without a leading zero
const EIGHT_GROUPS = /^(?:(?:[1-9a-f][0-9a-f]{1,3}|[0-9a-f]):){7}(?:[1-9a-f][0-9a-f]{1,3}|[0-9a-f])$/;

describe('properties', () => {
  it('formatting is idempotent and writes eight lowercase groups without leading zeros', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const formatted = formatIPv6(text);
        if (formatted === undefined) {
          expect(isIPv6(text)).toBe(false);
          return;
        }
        expect(formatIPv6(formatted)).toBe(formatted);
        expect(isThreatConnectIPv6(formatted)).toBe(true);
        expect(formatted).toMatch(EIGHT_GROUPS);
        expect(parseIPv6(formatted)).toEqual(parseIPv6(text));
        expect(isThreatConnectIPv6(text)).toBe(formatted === text);
        expect(inspectIPv6(text)?.ok).toBe(formatted === text);
      }),
      { numRuns: 2000 },
    );
  });

  it('ipVersion is isIPv4 or isIPv6, never both, and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const version = ipVersion(text);
        expect(version === 4).toBe(parseIPv4(text) !== undefined);
        expect(version === 6).toBe(isIPv6(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the clean-path network checks', () => {
  const texts = fc.oneof(anyText, ipv6Groups.map(threatConnectForm), ipv6Groups.map((g) => threatConnectForm(g.map((n, i) => (i > 3 ? 0 : n)))));
  const prefixes = fc.oneof(fc.integer({ min: 0, max: 128 }), fc.constantFrom(0, 8, 16, 17, 32, 48, 64, 127, 128));

  it('isThreatConnectIPv6Network is "in ThreatConnect form, and no bit set after the prefix"', () => {
    fc.assert(
      fc.property(texts, prefixes, (text, prefix) => {
        const groups = parseIPv6(text);
        const expected = groups !== undefined && formatIPv6(text) === text && !clearHostBits(groups, 8, 16, prefix);
        expect(isThreatConnectIPv6Network(text, 0, text.length, prefix)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('isIPv4Network is "strict dotted decimal, and no bit set after the prefix"', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, ipv4Text), fc.integer({ min: 0, max: 32 }), (text, prefix) => {
        const octets = parseIPv4(text);
        const expected = octets !== undefined && !clearHostBits(octets.slice(), 4, 8, prefix);
        expect(isIPv4Network(text, 0, text.length, prefix)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('read only the range they are given', () => {
    expect(isIPv4Network(' 10.0.0.0/8', 1, 9, 8)).toBe(true);
    expect(isIPv4Network(' 10.0.0.1/8', 1, 9, 8)).toBe(false);
    expect(isThreatConnectIPv6Network('x2001:db8:0:0:0:0:0:0/32', 1, 21, 32)).toBe(true);
    expect(isThreatConnectIPv6Network('x2001:db8:0:0:0:0:0:1/32', 1, 21, 32)).toBe(false);
  });
});
