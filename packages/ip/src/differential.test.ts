import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { ipVersion } from './ip-version.js';
import { isIPv4 } from './ipv4.js';
import { formatIPv6, inspectIPv6, parseIPv6 } from './ipv6.js';
import { readIPv6 } from './read-ipv6.js';
import { ipv4Text, ipv6Text, ipv6Written, mutated, threatConnectForm } from './testing/ipv6-text.js';

const SEED = 20240601;
const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number) => fc.sample(arbitrary, { seed: SEED, numRuns });

const written = sample(ipv6Written, 3000);
const broken = sample(mutated(ipv6Text), 4000);

describe('the one-pass scanner against ipaddr.js', () => {
  it('reads every generated notation as the groups it was written from, in ThreatConnect form', () => {
    // the sample covers the notations it claims to
    expect(written.filter((w) => w.text.includes('::')).length).toBeGreaterThan(800);
    expect(written.filter((w) => /[A-F]/.test(w.text)).length).toBeGreaterThan(800);
    expect(written.filter((w) => w.text.includes('.')).length).toBeGreaterThan(300);
    const wrong = written.filter((w) => !isDeepStrictEqual(parseIPv6(w.text), w.groups) || formatIPv6(w.text) !== threatConnectForm(w.groups));
    expect(wrong).toEqual([]);
  });

  it('inspects exactly as the ipaddr.js reading does, on valid and broken texts', () => {
    const texts = [...written.map((w) => w.text), ...broken];
    expect(broken.filter((t) => readIPv6(t) !== undefined).length).toBeGreaterThan(300);
    const disagreements = texts.filter((text) => !isDeepStrictEqual(inspectIPv6(text), readIPv6(text)));
    expect(disagreements.slice(0, 5).map((text) => `${text}: scanner ${JSON.stringify(inspectIPv6(text))}, ipaddr.js ${JSON.stringify(readIPv6(text))}`)).toEqual([]);
  });

  it('agrees with ipaddr.js itself on which hex-only texts are IPv6 addresses, and on their groups', () => {
    const texts = [...broken, ...written.map((w) => w.text)].filter((t) => !t.includes('.') && !t.includes('%'));
    expect(texts.length).toBeGreaterThan(1000);
    const disagreements: string[] = [];
    for (const text of texts) {
      let parsed: ipaddr.IPv6 | undefined;
      try {
        parsed = ipaddr.IPv6.parse(text);
      } catch {
        parsed = undefined;
      }
      if (!isDeepStrictEqual(parseIPv6(text), parsed?.parts) || formatIPv6(text) !== parsed?.toNormalizedString()) {
        disagreements.push(`${text}: ipaddr.js ${parsed?.toNormalizedString()}, tclint ${formatIPv6(text)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with ipaddr.js on strict four-part decimal IPv4', () => {
    const texts = [...sample(ipv4Text, 1000), ...sample(mutated(ipv4Text), 3000)];
    const disagreements = texts.filter((text) => isIPv4(text) !== ipaddr.IPv4.isValidFourPartDecimal(text));
    expect(disagreements).toEqual([]);
  });

  it('differs from ipaddr.js only where Python does too: ::a.b.c.d is IPv4-compatible, not IPv4-mapped', () => {
    expect(ipaddr.IPv6.parse('::1.2.3.4').toNormalizedString()).toBe('0:0:0:0:0:ffff:102:304');
    expect(formatIPv6('::1.2.3.4')).toBe('0:0:0:0:0:0:102:304');
    expect(readIPv6('::1.2.3.4')?.formatted).toBe('0:0:0:0:0:0:102:304');
  });

  it('is stricter than ipaddr.js about dotted IPv4 tails with leading zeros (ambiguous octal) and about zone ids', () => {
    expect(ipaddr.IPv6.isValid('::ffff:01.2.3.4')).toBe(true);
    expect(formatIPv6('::ffff:01.2.3.4')).toBeUndefined();
    expect(ipaddr.IPv6.isValid('fe80::1%eth0')).toBe(true);
    expect(formatIPv6('fe80::1%eth0')).toBeUndefined();
    expect(ipVersion('fe80::1%eth0')).toBeUndefined();
  });
});
