import { createEngine, indicator } from '@tclint/core';
import { testSettle } from '@tclint/rule-tester';
import { INDICATOR_TYPES_SETTING, RECORDED_INDICATOR_TYPES } from '@tclint/tc-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { settleAddress } from './settle.js';
import { groups, ipv4, ipv6Spelling, noise, tcForm, trickyAddress } from './testing/addresses.js';

const addresses = fc.oneof(ipv6Spelling.map((s) => s.text), ipv6Spelling.map((s) => s.text), ipv4, groups.map(tcForm), trickyAddress, noise);
const subject = (value: string) => indicator('Address', { ip: value });

/** The notations the one-call fix is for. */
const settles = ['2001:db8::1', '::1', '::', '::ffff:1.2.3.4', '2001:DB8:0:0:0:0:0:1', '2001:0db8:0000:0:0:0:0:1', 'FE80::1'];
const corpus = [...settles, '10.0.0.1', ' 2001:db8::1', '[2001:db8::1]', 'fe80::1%eth0', '2001:db8::1/128', '[::1]:80', '1:2:3:4::5:6:7:8', ...fc.sample(addresses, { seed: 18, numRuns: 5000 })];

testSettle(plugin, { subject, arbitrary: addresses, values: corpus, settles, numRuns: 3000 });

const IPV4_ONLY = {
  indicatorType: RECORDED_INDICATOR_TYPES.indicatorType.map((type) => (type.name === 'Address' ? { ...type, regexes: [type.regexes![0]!] } : type)),
};
describe("with the user's own indicator types", () => {
  // nothing IPv6 settles here, so no arbitrary (it must settle some)
  testSettle(plugin, { subject, values: corpus.slice(0, 1000), settings: { [INDICATOR_TYPES_SETTING]: IPV4_ONLY } });

  it('does not settle an address their pattern refuses once fixed', () => {
    expect(settleAddress(subject('2001:db8::1'), { [INDICATOR_TYPES_SETTING]: IPV4_ONLY })).toBeUndefined();
  });
});

describe('settleAddress', () => {
  it('names the rule that fixes the address', () => {
    expect(settleAddress(subject('2001:DB8::1'))).toEqual({ changes: [{ rule: 'ipv6-form', field: 'ip', value: '2001:db8:0:0:0:0:0:1' }] });
    expect(settleAddress(subject('::ffff:1.2.3.4'))).toEqual({ changes: [{ rule: 'embedded-ipv4', field: 'ip', value: '0:0:0:0:0:ffff:102:304' }] });
  });

  it('leaves clean values and anything around the address to the rules', () => {
    for (const value of ['2001:db8:0:0:0:0:0:1', '10.0.0.1', ' ::1', '[::1]', 'fe80::1%eth0', '::1/128', '1:2:3:4::5:6:7:8', 'example.com', '']) {
      expect(settleAddress(subject(value)), value).toBeUndefined();
    }
  });

  it('lets the engine fix without running the rules: the result is the rules\' own', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const ruled = createEngine({ config: [plugin.configs.recommended], cleanPath: false });
    for (const value of settles) expect(engine.fix(subject(value)), value).toEqual(ruled.fix(subject(value)));
  });
});
