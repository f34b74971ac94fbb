import { indicator } from '@tclint/core';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import { INDICATOR_TYPES_SETTING, RECORDED_INDICATOR_TYPES } from '@tclint/tc-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { groups, ipv4, ipv6Spelling, noise, tcForm, trickyAddress } from './testing/addresses.js';

const addresses = fc.oneof(ipv4, groups.map(tcForm), ipv6Spelling.map((s) => s.text), trickyAddress, noise);
const subject = (value: string) => indicator('Address', { ip: value });

const readme = ['10.0.0.1', '2001:db8:0:0:0:0:0:1', '0:0:0:0:0:ffff:102:304', '2001:db8::1', '::1', '::ffff:1.2.3.4', '010.0.0.1', '0010.0.0.1', ' 10.0.0.1 ', '[10.0.0.1]', 'fe80::1%eth0', '10.0.0.1/32', '10.0.0.1:8080', '1:2:3:4::5:6:7:8', 'example.com', ''];
/** A corpus of 5,000 generated values, a third of them in ThreatConnect's form. */
const corpus = [...readme, ...fc.sample(fc.oneof(ipv4, groups.map(tcForm), addresses), { seed: 99, numRuns: 5000 })];

testIsClean(plugin, { subject, arbitrary: addresses, exact: corpus, numRuns: 3000 });
testMayDetect(plugin, { arbitrary: addresses, values: corpus });

// A user's own instance whose Address pattern takes IPv4 only: their pattern decides.
const IPV4_ONLY = {
  indicatorType: RECORDED_INDICATOR_TYPES.indicatorType.map((type) => (type.name === 'Address' ? { ...type, regexes: [type.regexes![0]!] } : type)),
};
describe("with the user's own indicator types", () => {
  testIsClean(plugin, { subject, arbitrary: addresses, exact: corpus.slice(0, 1000), settings: { [INDICATOR_TYPES_SETTING]: IPV4_ONLY } });

  it('asks their pattern, not the recorded one', () => {
    const settings = { [INDICATOR_TYPES_SETTING]: IPV4_ONLY };
    expect(plugin.isClean!(subject('10.0.0.1'), settings)).toBe(true);
    expect(plugin.isClean!(subject('2001:db8:0:0:0:0:0:1'), settings)).toBe(false);
    expect(plugin.isClean!(subject('2001:db8:0:0:0:0:0:1'), {})).toBe(true);
  });
});
