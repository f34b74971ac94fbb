import { RECORDED_INDICATOR_TYPES } from '@tclint/tc-types';

/**
 * The custom indicator type the stand-in's instance defines, beside
 * ThreatConnect's standard types: a type of two fields, with a pattern for the
 * first and a list of allowed values for the second, as a ThreatConnect
 * instance's custom types are described in its indicatorTypes reply.
 */
export const CUSTOM_TYPE_REPLY = {
  name: 'Crypto Wallet',
  apiBranch: 'cryptoWallets',
  apiEntity: 'cryptoWallet',
  casePreference: 'sensitive',
  custom: 'true',
  parsable: 'true',
  keys: { key1: 'Wallet Address', key2: 'Currency' },
  regexes: ['(?:bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40})'],
  value2Option: 'BTC;ETH;XMR',
} as const;

export const WALLET_CURRENCIES = ['BTC', 'ETH', 'XMR'] as const;

/** What the stand-in's `GET /v2/types/indicatorTypes` lists by default: ThreatConnect's recorded reply and the custom type. */
export const STANDIN_INDICATOR_TYPES: readonly Record<string, unknown>[] = [...RECORDED_INDICATOR_TYPES.indicatorType, CUSTOM_TYPE_REPLY];
