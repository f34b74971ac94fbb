import { createEngine, indicator } from '@tclint/core';
import { testSettle } from '@tclint/rule-tester';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { settleAsn } from './settle.js';
import { noise, spelled } from './testing/spellings.js';

const subject = (value: string) => indicator('ASN', { 'AS Number': value });

/** The spellings the one-call fix is for (the seed's incorrect examples among them). */
const settles = ['12345', 'AS12345', 'AS 12345', 'ASN 12345', 'ASN012', 'as12345', 'asn12345', ' ASN1', 'ASN1 ', 'AS1.100', 'ASN000000012', 'asn00000012'];
const corpus = [...settles, 'ASN12345', 'ASN0', 'ASN64512', 'ASN500000000', 'AS12abc', '', ...fc.sample(fc.oneof(spelled, noise), { seed: 18, numRuns: 5000 })];

testSettle(plugin, { subject, arbitrary: fc.oneof(spelled, spelled, noise), values: corpus, settles, numRuns: 3000 });
// with a user's own reply (here the recorded one, passed as a setting), the fixed value must pass its pattern too
describe('with a user\'s own reply', () => {
  testSettle(plugin, { subject, arbitrary: spelled, values: corpus.slice(0, 1000), settles, settings: { indicatorTypes: recordedIndicatorTypes() } });
});

describe('settleAsn', () => {
  it('names the first rule that reports the spelling', () => {
    const rule = (value: string) => settleAsn(subject(value))?.changes.map((c) => c.rule);
    expect(rule('AS 12345')).toEqual(['format']);
    expect(rule('asn12345')).toEqual(['prefix-case']);
    expect(rule('ASN012')).toEqual(['leading-zeros']);
    expect(rule('asn012')).toEqual(['prefix-case']);
    expect(rule('ASN000000012')).toEqual(['format']);
  });

  it('leaves clean values, reserved numbers and what cannot be fixed to the rules', () => {
    for (const value of ['ASN12345', 'AS64512', 'AS500000000', 'AS12abc', 'AS1 2', '']) expect(settleAsn(subject(value)), value).toBeUndefined();
  });

  it('lets the engine fix without running the rules: the result is the rules\' own', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const ruled = createEngine({ config: [plugin.configs.recommended], cleanPath: false });
    for (const value of settles) expect(engine.fix(subject(value)), value).toEqual(ruled.fix(subject(value)));
  });
});
