import { createEngine, indicator } from '@tclint/core';
import { testSettle } from '@tclint/rule-tester';
import { INDICATOR_TYPES_SETTING, RECORDED_INDICATOR_TYPES } from '@tclint/tc-types';
import { SEED_EXAMPLES } from '@tclint/tc-types/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { isThreatConnectBlock } from './is-clean.js';
import { settleCidr } from './settle.js';
import { anyText, ipv4Block, ipv6Block, mutatedBlock, threatConnectBlock, trickyBlock } from './testing/blocks.js';

const blocks = fc.oneof(
  ipv6Block({ hostBits: true, paddedPrefix: true }),
  ipv6Block({ hostBits: true, paddedPrefix: true }),
  ipv4Block({ hostBits: true, paddedPrefix: true }),
  threatConnectBlock,
  trickyBlock,
  mutatedBlock,
  anyText,
);
const subject = (value: string) => indicator('CIDR', { Block: value });

/** The notations the one-call fix is for: each fixable problem, and several at once. */
const settles = [
  // the seed's blocks that need a fix (its bare address is not a block: no fix)
  ...SEED_EXAMPLES.filter((e) => e.type === 'CIDR' && e.values.Block!.includes('/') && !isThreatConnectBlock(e.values.Block!)).map((e) => e.values.Block!),
  '::/0',
  '2001:db8::1/48',
  'ABC:DEF:10:0:0:0:0:0/48',
  '2001:DB8::1/048',
  '::ffff:1.2.3.4/120',
  '10.0.0.1/8',
  '10.0.0.0/08',
  '10.0.0.1/008',
];
const corpus = [...settles, ...fc.sample(blocks, { seed: 18, numRuns: 5000 })];

testSettle(plugin, { subject, arbitrary: blocks, values: corpus, settles, numRuns: 3000 });

const IPV4_ONLY = {
  indicatorType: RECORDED_INDICATOR_TYPES.indicatorType.map((type) => (type.name === 'CIDR' ? { ...type, regexes: [type.regexes![0]!] } : type)),
};
describe('with the user\'s own indicator types', () => {
  testSettle(plugin, { subject, arbitrary: blocks, values: corpus.slice(0, 1000), settles: ['10.0.0.1/8'], settings: { [INDICATOR_TYPES_SETTING]: IPV4_ONLY } });

  it('does not settle a block their pattern refuses once fixed', () => {
    expect(settleCidr(subject('2001:db8::/32'), { [INDICATOR_TYPES_SETTING]: IPV4_ONLY })).toBeUndefined();
    expect(settleCidr(subject('2001:db8::/32'), {})).toEqual({ changes: [{ rule: 'ipv6-form', field: 'Block', value: '2001:db8:0:0:0:0:0:0/32' }] });
  });
});

describe('settleCidr', () => {
  it('gives each fix its own pass, in the rules\' order', () => {
    expect(settleCidr(subject('2001:DB8::1/048'))?.changes).toEqual([
      { rule: 'ipv6-form', field: 'Block', value: '2001:db8:0:0:0:0:0:1/048' },
      { rule: 'prefix', field: 'Block', value: '2001:db8:0:0:0:0:0:1/48' },
      { rule: 'host-bits', field: 'Block', value: '2001:db8:0:0:0:0:0:0/48' },
    ]);
    expect(settleCidr(subject('ABC:DEF:10:0:0:0:0:0/48'))?.changes).toEqual([{ rule: 'lowercase', field: 'Block', value: 'abc:def:10:0:0:0:0:0/48' }]);
  });

  it('leaves clean values, problems without a fix and unusual notations to the rules', () => {
    for (const value of ['abc:def:10:0:0:0:0:0/48', '10.0.0.0/8', ' 10.0.0.0/8', '10.0.0.0/255.0.0.0', 'fe80::%eth0/64', '010.0.0.0/8', '10.0.0.0/33', '::/129', '10.0.0.0', '']) {
      expect(settleCidr(subject(value)), value).toBeUndefined();
    }
    expect(settleCidr(indicator('CIDR', {}))).toBeUndefined();
  });

  it('lets the engine fix without running the rules: the result is the rules\' own', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const ruled = createEngine({ config: [plugin.configs.recommended], cleanPath: false });
    for (const value of settles) expect(engine.fix(subject(value)), value).toEqual(ruled.fix(subject(value)));
  });
});
