import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_TYPE_REPLY } from './custom-type.js';
import { startStandin, type Standin } from './server.js';
import { raw, signed } from './test-requests.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin({ basePath: '/api' });
});
afterAll(() => standin.close());

const path = (target: string) => `/api${target}`;
const origin = () => new URL(standin.url).origin;
type TypeList = { status: string; data: { resultCount: number; indicatorType: Record<string, unknown>[] } };

describe('GET /v2/types/indicatorTypes', () => {
  it('with includeAdditional=true: the recorded reply and the custom type, keys, patterns and options included', async () => {
    const answer = await signed(origin(), path('/v2/types/indicatorTypes?includeAdditional=true'));
    expect(answer.status).toBe(200);
    const { data } = answer.json as unknown as TypeList;
    expect(data.indicatorType.map((t) => t.name)).toEqual(['Address', 'EmailAddress', 'File', 'Host', 'URL', 'ASN', 'CIDR', 'Email Subject', 'Hashtag', 'Mutex', 'Registry Key', 'User Agent', 'Crypto Wallet']);
    expect(data.resultCount).toBe(13);
    expect(data.indicatorType[12]).toEqual(CUSTOM_TYPE_REPLY);
    expect(data.indicatorType[5]).toMatchObject({ name: 'ASN', keys: { key1: 'AS Number' }, regexes: ['[Aa][Ss][Nn][1-4]?\\d{1,8}'], casePreference: 'upper' });
  });

  it('without it: each type\'s name, custom, parsable, apiBranch and apiEntity only', async () => {
    const answer = await signed(origin(), path('/v2/types/indicatorTypes'));
    const { data } = answer.json as unknown as TypeList;
    expect(data.indicatorType[12]).toEqual({ name: 'Crypto Wallet', custom: 'true', parsable: 'true', apiBranch: 'cryptoWallets', apiEntity: 'cryptoWallet' });
    expect(data.indicatorType.every((t) => Object.keys(t).length === 5)).toBe(true);
  });

  it('behind the normal authentication', async () => {
    const answer = await raw(origin(), path('/v2/types/indicatorTypes?includeAdditional=true'), {});
    expect(answer).toMatchObject({ status: 401, json: { status: 'Failure', message: 'Access Denied' } });
    const wrong = await signed(origin(), path('/v2/types/indicatorTypes?includeAdditional=true'), { secretKey: 'not-the-secret-key-of-this-user-000000000' });
    expect(wrong).toMatchObject({ status: 401, json: { message: 'Signature data did not match expected result' } });
  });
});

describe('the custom type, created', () => {
  const post = (target: string, body: unknown) => signed(origin(), path(target), { method: 'POST', body });

  it('accepts a valid wallet (v2 branch, v3 with field names or value1/value2, batch) and refuses what its own validator refuses', async () => {
    expect((await post('/v2/indicators/cryptoWallets', { 'Wallet Address': '1BoatSLRHtKNngkdXEeobR76b53LETtpyT', Currency: 'BTC' })).status).toBe(201);
    expect((await post('/v3/indicators', { type: 'Crypto Wallet', value1: '0x52908400098527886E0F7030069857D2E4169EE7', value2: 'ETH' })).status).toBe(201);
    expect((await post('/v3/indicators', { type: 'Crypto Wallet', 'Wallet Address': 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' })).status).toBe(201);
    const currency = await post('/v3/indicators', { type: 'Crypto Wallet', 'Wallet Address': '1BoatSLRHtKNngkdXEeobR76b53LETtpyT', Currency: 'DOGE' });
    expect(currency).toMatchObject({ status: 400, json: { message: 'Invalid Crypto Wallet: Currency "DOGE" is not one of BTC, ETH, XMR' } });
    const address = await post('/v2/indicators/cryptoWallets', { 'Wallet Address': 'not-a-wallet', Currency: 'BTC' });
    expect(address.status).toBe(400);
    expect(address.json.message).toMatch(/^Invalid Crypto Wallet: Wallet Address "not-a-wallet" is not a Bitcoin/);
    expect((await post('/v3/indicators', { type: 'Crypto Wallet', Currency: 'BTC' })).json.message).toBe('Invalid Crypto Wallet: Wallet Address is required');
  });
});
