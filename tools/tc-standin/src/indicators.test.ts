import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server.js';
import { signed } from './test-requests.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin();
});
afterAll(() => standin.close());

const post = (target: string, body: unknown) => signed(standin.url, target, { method: 'POST', body });

// The seed's examples, verbatim.
const REGISTRY_SEED_BODY = {
  'Key Name': 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd}',
  'Value Name': ' ',
  'Value Type': 'REG_NONE',
};

const ACCEPTED: [branch: string, body: Record<string, string>][] = [
  ['asns', { 'AS Number': 'ASN12345' }],
  ['cidrBlocks', { Block: 'abc:def:10:0:0:0:0:0/48' }],
  ['cidrBlocks', { Block: '2001:db8:1234:0:0:0:0:0/48' }],
  ['cidrBlocks', { Block: '10.0.0.0/8' }],
  ['hosts', { hostName: 'xn--sterreich-z7a.icom.museum' }],
  ['urls', { text: 'http://example.com' }],
  ['urls', { text: 'https://user@example.com:8080/Path?Q=UPPER#Frag' }],
  ['registryKeys', REGISTRY_SEED_BODY],
  ['registryKeys', { 'Key Name': 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001', 'Value Name': 'x', 'Value Type': 'REG_SZ' }],
  ['addresses', { ip: '192.0.2.1' }],
  ['mutexes', { Mutex: 'Global\\MyMutex' }],
  ['files', { md5: '905ad8176a569a36421bf54c04ba7f95' }],
];

const REJECTED: [branch: string, body: Record<string, string>, naming: string][] = [
  ['asns', { 'AS Number': '12345' }, 'prefixed with "ASN"'],
  ['asns', { 'AS Number': 'AS12345' }, 'prefixed with "ASN"'],
  ['asns', { 'AS Number': 'AS 12345' }, 'prefixed with "ASN"'],
  ['asns', { 'AS Number': 'ASN 12345' }, 'no space'],
  ['cidrBlocks', { Block: 'abc:def:10::/48' }, 'no "::" compression'],
  ['cidrBlocks', { Block: '0abc:def:10:0:0:0:0:0/48' }, 'no leading zeros'],
  ['cidrBlocks', { Block: 'abc:0def:10:0:0:0:0:0/48' }, 'no leading zeros'],
  ['cidrBlocks', { Block: 'abc:def:0010:0:0:0:0:0/48' }, 'no leading zeros'],
  ['cidrBlocks', { Block: 'abc:def:10:0000:0000:0000:0000:0000/48' }, 'no leading zeros'],
  ['cidrBlocks', { Block: '2001:db8:1234::/48' }, 'all eight sections'],
  ['cidrBlocks', { Block: '2001:0DB8:1234:0000:0000:0000:0000:0000/48' }, 'lowercase'],
  ['cidrBlocks', { Block: '2001:db8:1234:0:0:0:0:0' }, 'prefix length'],
  ['hosts', { hostName: 'österreich.icom.museum' }, 'must be ASCII'],
  ['hosts', { hostName: 'EXAMPLE.com' }, 'must be lowercase'],
  ['urls', { text: 'http://EXAMPLE.com' }, 'must be lowercase'],
  ['urls', { text: 'http://österreich.icom.museum/' }, 'must be ASCII'],
  ['urls', { text: 'example.com/path' }, 'protocol'],
  ['registryKeys', { 'Key Name': 'HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001', 'Value Name': ' ', 'Value Type': 'REG_NONE' }, 'HKEY_LOCAL_MACHINE\\ instead of HKLM\\'],
  ['registryKeys', { 'Key Name': 'HKEY_DYN_DATA\\x', 'Value Name': ' ', 'Value Type': 'REG_NONE' }, 'must start with one of'],
  ['registryKeys', { 'Key Name': REGISTRY_SEED_BODY['Key Name'], 'Value Name': '', 'Value Type': 'REG_NONE' }, 'Value Name is required'],
  ['registryKeys', { 'Key Name': REGISTRY_SEED_BODY['Key Name'], 'Value Type': 'REG_NONE' }, 'Value Name is required'],
  ['registryKeys', { 'Key Name': REGISTRY_SEED_BODY['Key Name'], 'Value Name': ' ', 'Value Type': 'REG_RESOURCE_LIST' }, 'is not one of'],
  ['registryKeys', { 'Key Name': REGISTRY_SEED_BODY['Key Name'], 'Value Name': ' ', 'Value Type': 'reg_sz' }, 'is not one of'],
  ['hosts', {}, 'hostName is required'],
  ['files', { md5: 'abc' }, '32 hexadecimal digits'],
];

describe('POST /v2/indicators/<branch>', () => {
  it.each(ACCEPTED)('accepts %s %j', async (branch, body) => {
    const r = await post(`/v2/indicators/${branch}`, body);
    expect(r.status).toBe(201);
    expect(r.json.status).toBe('Success');
    const created = Object.values(r.json.data as Record<string, Record<string, unknown>>)[0]!;
    expect(created).toMatchObject({ ...body, ownerName: 'Example Organization' });
    expect(typeof created.id).toBe('number');
  });

  it.each(REJECTED)('rejects %s %j, naming the problem', async (branch, body, naming) => {
    const r = await post(`/v2/indicators/${branch}`, body);
    expect(r.status).toBe(400);
    expect(r.json.status).toBe('Failure');
    expect(r.json.message).toContain(naming);
  });

  it('names the response key after the type', async () => {
    const r = await post('/v2/indicators/registryKeys', REGISTRY_SEED_BODY);
    expect(Object.keys(r.json.data as object)).toEqual(['registryKey']);
    expect((r.json.data as { registryKey: { summary: string } }).registryKey.summary).toBe(
      'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd} :   : REG_NONE',
    );
  });

  it('updates rather than duplicates an existing indicator', async () => {
    const before = standin.state.indicators.length;
    const a = await post('/v2/indicators/hosts', { hostName: 'dup.example', rating: 3 });
    const b = await post('/v2/indicators/hosts', { hostName: 'dup.example', rating: 5 });
    expect((b.json.data as { host: { id: number } }).host.id).toBe((a.json.data as { host: { id: number } }).host.id);
    expect((b.json.data as { host: { rating: number } }).host.rating).toBe(5);
    expect(standin.state.indicators.length).toBe(before + 1);
  });

  it('answers a body that is not JSON with 400, an unknown branch with 404 and a wrong method with 405', async () => {
    expect((await post('/v2/indicators/hosts', 'not json')).status).toBe(400);
    const unknown = await post('/v2/indicators/widgets', { x: '1' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.status).toBe('Failure');
    expect((await signed(standin.url, '/v2/indicators/hosts')).status).toBe(405);
    expect((await post('/v2/indicators/hosts', { hostName: 12 })).json.message).toBe('Invalid Host: hostName must be a string');
  });
});

describe('/v3/indicators', () => {
  it('creates an indicator and answers with the v3 success envelope', async () => {
    const r = await post('/v3/indicators', { type: 'ASN', 'AS Number': 'ASN64496', rating: 2 });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ status: 'Success', message: 'Created', data: { type: 'ASN', summary: 'ASN64496', 'AS Number': 'ASN64496', rating: 2 } });
  });

  it('rejects a malformed indicator with 400 and the v3 error envelope', async () => {
    const r = await post('/v3/indicators', { type: 'CIDR', Block: '2001:db8:1234::/48' });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ status: 'Error', errCode: '0x1001' });
    expect(r.json.message).toContain('all eight sections');
  });

  it('takes the owner from ownerName and checks it', async () => {
    const ok = await post('/v3/indicators', { type: 'Host', hostName: 'v3owner.example', ownerName: 'Common Community' });
    expect((ok.json.data as { ownerName: string }).ownerName).toBe('Common Community');
    const denied = await post('/v3/indicators', { type: 'Host', hostName: 'v3owner.example', ownerName: 'Restricted Source' });
    expect(denied.status).toBe(403);
    expect(denied.json).toEqual({ status: 'Error', errCode: '0x1003', message: 'Access Denied' });
  });

  it('rejects an unknown or missing type', async () => {
    expect((await post('/v3/indicators', { type: 'Widget', value1: 'x' })).json.message).toBe('Invalid indicator type "Widget"');
    expect((await post('/v3/indicators', { hostName: 'x.example' })).json.message).toBe('type is required');
  });

  it('lists indicators, filtered by owner and paged', async () => {
    await post('/v3/indicators?owner=Common%20Community', { type: 'Mutex', Mutex: 'ListMe' });
    const all = await signed(standin.url, '/v3/indicators?count=true');
    expect(all.status).toBe(200);
    expect(all.json.status).toBe('Success');
    expect(all.json.count).toBe(standin.state.indicators.length);
    const community = await signed(standin.url, '/v3/indicators?owner=Common%20Community&resultLimit=1000');
    const owners = new Set((community.json.data as { ownerName: string }[]).map((i) => i.ownerName));
    expect([...owners]).toEqual(['Common Community']);
    const page = await signed(standin.url, '/v3/indicators?resultStart=1&resultLimit=2');
    expect((page.json.data as unknown[]).length).toBe(2);
  });
});

describe('request log', () => {
  it('records what each request sent and what came back', async () => {
    await post('/v2/indicators/hosts', { hostName: 'logged.example' });
    const last = standin.state.requests.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', url: '/v2/indicators/hosts', status: 201 });
    expect(JSON.parse(last.body)).toEqual({ hostName: 'logged.example' });
  });
});
