import { indicator } from '@tclint/core';
import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import { INDICATOR_TYPES_SETTING, RECORDED_INDICATOR_TYPES } from '@tclint/tc-types';
import { SEED_EXAMPLES } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { isThreatConnectBlock } from './is-clean.js';
import { anyText, ipv4Block, ipv6Block, mutatedBlock, threatConnectBlock, trickyBlock } from './testing/blocks.js';

const blocks = fc.oneof(threatConnectBlock, threatConnectBlock, trickyBlock, mutatedBlock, ipv6Block({ hostBits: true, paddedPrefix: true }), ipv4Block({ hostBits: true, paddedPrefix: true }), anyText);
const subject = (value: string) => indicator('CIDR', { Block: value });

const seedAndReadme = [
  ...SEED_EXAMPLES.filter((e) => e.type === 'CIDR').map((e) => e.values.Block!),
  '10.0.0.0/8',
  '10.0.0.1/8',
  '10.0.0.0/08',
  '010.0.0.0/8',
  '0:0:0:0:0:0:0:0/0',
  '::/0',
  'ABC:DEF:10:0:0:0:0:0/48',
  '2001:db8::1/48',
  ' 10.0.0.0/8',
  '10.0.0.0/255.0.0.0',
  'fe80::%eth0/64',
  '212.192.241.155/up/setup.exe',
  '',
];
/** A corpus of 5,000 generated values, half of them in ThreatConnect's form. */
const corpus = [...seedAndReadme, ...fc.sample(fc.oneof(threatConnectBlock, blocks), { seed: 99, numRuns: 5000 })];

testIsClean(plugin, { subject, arbitrary: blocks, exact: corpus, numRuns: 3000 });
testMayDetect(plugin, { arbitrary: blocks, values: corpus });

// A user's own instance whose CIDR pattern takes IPv4 blocks only: their pattern decides, so IPv6 blocks are never clean.
const IPV4_ONLY = {
  indicatorType: RECORDED_INDICATOR_TYPES.indicatorType.map((type) => (type.name === 'CIDR' ? { ...type, regexes: [type.regexes![0]!] } : type)),
};
describe('with the user\'s own indicator types', () => {
  testIsClean(plugin, { subject, arbitrary: blocks, exact: corpus.slice(0, 1000), settings: { [INDICATOR_TYPES_SETTING]: IPV4_ONLY } });

  it('asks their pattern, not the recorded one', () => {
    const settings = { [INDICATOR_TYPES_SETTING]: IPV4_ONLY };
    expect(plugin.isClean!(subject('10.0.0.0/8'), settings)).toBe(true);
    expect(plugin.isClean!(subject('abc:def:10:0:0:0:0:0/48'), settings)).toBe(false);
    expect(plugin.isClean!(subject('abc:def:10:0:0:0:0:0/48'), {})).toBe(true);
  });
});

describe('isThreatConnectBlock', () => {
  it('reads the prefix after the last slash: one to three digits, no leading zero, in range', () => {
    for (const value of ['10.0.0.0/8', '0.0.0.0/0', '10.0.0.0/32', '0:0:0:0:0:0:0:0/128', 'abc:def:10:0:0:0:0:0/48']) expect(isThreatConnectBlock(value), value).toBe(true);
    for (const value of ['10.0.0.0/08', '10.0.0.0/33', '0:0:0:0:0:0:0:0/129', '10.0.0.0/', '10.0.0.0', '/8', '10.0.0.0/8/8', '10.0.0.0/1000', '1:0:0:0:0:0:0:0/0']) {
      expect(isThreatConnectBlock(value), value).toBe(false);
    }
  });
});
