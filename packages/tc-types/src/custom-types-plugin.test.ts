import { createEngine, indicator, indicatorFromSummary, indicatorFromValue } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { CUSTOM_TYPE_CONFIDENCE, customTypesOf, customTypesPlugin, SHARED_PATTERN_CONFIDENCE } from './custom-types-plugin.js';
import { IndicatorTypesError } from './parse.js';
import { RECORDED_INDICATOR_TYPES } from './recorded.js';
import { parseIndicatorTypes } from './indicator-types.js';

// An instance's reply: the recorded types, and a custom type of two fields (a pattern for the first, allowed values for the second)
const WALLET = {
  name: 'Crypto Wallet',
  apiBranch: 'cryptoWallets',
  apiEntity: 'cryptoWallet',
  custom: 'true',
  parsable: 'true',
  casePreference: 'sensitive',
  keys: { key1: 'Wallet Address', key2: 'Currency' },
  regexes: ['(?:bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40})'],
  value2Option: 'BTC;ETH;XMR',
};
const HEX_TAG = { name: 'Hex Tag', apiBranch: 'hexTags', apiEntity: 'hexTag', custom: 'true', parsable: 'true', keys: { key1: 'Tag' }, regexes: ['[0-9a-f]{32}'] };
const NOTE = { name: 'Analyst Note', apiBranch: 'analystNotes', apiEntity: 'analystNote', custom: 'true', parsable: 'false', keys: { key1: 'Note' }, regexes: ['.{1,20}'] };
const reply = { ...RECORDED_INDICATOR_TYPES, indicatorType: [...RECORDED_INDICATOR_TYPES.indicatorType, WALLET, HEX_TAG, NOTE] };

const plugin = customTypesPlugin(reply);
const engine = createEngine({ config: [plugin.configs!.recommended!] });
const BTC = '1BoatSLRHtKNngkdXEeobR76b53LETtpyT';

describe('customTypesPlugin', () => {
  it('declares the custom types only (the recorded reply marks ASN, CIDR... custom too), with their fields from keys', () => {
    expect(customTypesOf(parseIndicatorTypes(RECORDED_INDICATOR_TYPES))).toEqual([]);
    expect(plugin.types).toEqual([
      { name: 'Crypto Wallet', fields: ['Wallet Address', 'Currency'], branch: 'cryptoWallets' },
      { name: 'Hex Tag', fields: ['Tag'], branch: 'hexTags' },
      { name: 'Analyst Note', fields: ['Note'], branch: 'analystNotes' },
    ]);
    expect(engine.types.find('crypto-wallet')?.name).toBe('Crypto Wallet');
    expect(engine.types.valuesFromSummary('Crypto Wallet', `${BTC} : BTC`)).toEqual({ 'Wallet Address': BTC, Currency: 'BTC' });
  });

  it('checks values against the type\'s pattern and allowed values (error), and passes the ones that match', () => {
    expect(engine.check(indicator('Crypto Wallet', { 'Wallet Address': BTC, Currency: 'BTC' })).messages).toEqual([]);
    const bad = engine.check(indicatorFromSummary(`${BTC}!! : DOGE`, 'crypto wallet')).messages;
    expect(bad.map((m) => [m.ruleId, m.severity, m.field])).toEqual([
      ['custom-types/platform-pattern', 'error', 'Wallet Address'],
      ['custom-types/platform-pattern', 'error', 'Currency'],
    ]);
    expect(bad[1]!.message).toBe('ThreatConnect refuses Currency "DOGE": your instance allows only BTC, ETH, XMR for the Crypto Wallet type');
    expect(bad[0]!.message).toMatch(/^ThreatConnect's Crypto Wallet pattern refuses Wallet Address "1Boat.*!!": your instance accepts only values that match it as a whole \(\(\?:bc1/);
    expect(bad[0]!.docsUrl).toBe('https://github.com/tclint/tclint/tree/main/packages/tc-types#custom-typesplatform-pattern');
  });

  it('infers a parsable custom type from its pattern, after the built-in types: a guess when a standard pattern matches too', () => {
    expect(engine.infer(BTC)).toEqual({ status: 'inferred', type: 'Crypto Wallet', confidence: CUSTOM_TYPE_CONFIDENCE });
    expect(engine.infer(`${BTC} : ETH`)).toMatchObject({ status: 'inferred', type: 'Crypto Wallet' });
    expect(engine.infer(`${BTC} : DOGE`)).toEqual({ status: 'unknown' });
    // 32 hex digits are also an md5 by ThreatConnect's File pattern
    expect(plugin.detect!('d41d8cd98f00b204e9800998ecf8427e')).toEqual({ type: 'Hex Tag', confidence: SHARED_PATTERN_CONFIDENCE });
    // not parsable: never inferred
    expect(plugin.detect!('short note')).toBeUndefined();
    const typed = engine.check(indicatorFromValue(BTC));
    expect(typed.subject).toMatchObject({ type: 'Crypto Wallet', values: { 'Wallet Address': BTC } });
  });

  it('has no rule and no detection when the reply has no custom type, and refuses a malformed reply', () => {
    const none = customTypesPlugin(parseIndicatorTypes(RECORDED_INDICATOR_TYPES));
    expect(none.types).toEqual([]);
    expect(Object.keys(none.rules)).toEqual([]);
    expect(none.detect).toBeUndefined();
    expect(() => customTypesPlugin({ indicatorType: [{ name: 'X' }] })).toThrow(IndicatorTypesError);
  });
});
