import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN } from './defaults.js';
import { startStandin, type Standin } from './server.js';
import type { StandinOptions } from './types.js';
import { hmacHeaders, raw, signed } from './test-requests.js';

let standin: Standin;
let mounted: Standin;
const now = () => Math.floor(Date.now() / 1000);
/** A stand-in whose clock stands still at `seconds`: a test of its clock does not depend on how long a request takes. */
const stoppedAt = (seconds: number, options: StandinOptions = {}) => startStandin({ ...options, now: () => seconds * 1000 });
const STOPPED = 1_700_000_000;

beforeAll(async () => {
  standin = await startStandin({
    tokens: [
      { token: DEFAULT_TOKEN, expires: now() + 3600, owners: ['Example Organization'] },
      { token: 'APIV2:430:c8mTcH:1:expiredExpiredExpired=', expires: now() - 10, owners: ['Example Organization'] },
    ],
  });
  mounted = await startStandin({ basePath: '/api' });
});
afterAll(async () => {
  await standin.close();
  await mounted.close();
});

const v2Failure = (message: string) => ({ status: 'Failure', message });
const v3Error = (errCode: string, message: string) => ({ status: 'Error', errCode, message });

describe('HMAC authentication', () => {
  it('accepts a correctly signed request and lists the accessible owners', async () => {
    const r = await signed(standin.url, '/v2/owners');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      status: 'Success',
      data: {
        resultCount: 2,
        owner: [
          { id: 1, name: 'Example Organization', type: 'Organization' },
          { id: 2, name: 'Common Community', type: 'Community' },
        ],
      },
    });
  });

  it('answers a wrong secret key with the signature error (v2 envelope)', async () => {
    const r = await signed(standin.url, '/v2/owners', { secretKey: 'wrong-secret-wrong-secret-wrong-secret00' });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(v2Failure('Signature data did not match expected result'));
  });

  it('answers v3 paths with the v3 envelope', async () => {
    const r = await signed(standin.url, '/v3/indicators', { secretKey: 'wrong' });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(v3Error('0x1002', 'Signature data did not match expected result'));
  });

  it('rejects a lowercase method in the signed string', async () => {
    const headers = hmacHeaders('/v2/owners', { method: 'get' });
    const r = await raw(standin.url, '/v2/owners', headers);
    expect(r.json).toEqual(v2Failure('Signature data did not match expected result'));
  });

  it('signs the query as sent: a decoded query in the signature does not match', async () => {
    const target = '/v2/owners?owner=Example%20Organization';
    const ok = await signed(standin.url, target);
    expect(ok.status).toBe(200);
    const r = await signed(standin.url, target, { signedTarget: '/v2/owners?owner=Example Organization' });
    expect(r.json).toEqual(v2Failure('Signature data did not match expected result'));
  });

  it('rejects a Timestamp header that differs from the signed timestamp', async () => {
    const headers = hmacHeaders('/v2/owners', { timestamp: now() });
    const r = await raw(standin.url, '/v2/owners', { ...headers, Timestamp: String(now() - 5) });
    expect(r.json).toEqual(v2Failure('Signature data did not match expected result'));
  });

  it('accepts timestamps up to 300 s away and refuses 301 s', async () => {
    const stopped = await stoppedAt(STOPPED);
    try {
      for (const away of [-300, -299, 0, 299, 300]) expect((await signed(stopped.url, '/v2/owners', { timestamp: STOPPED + away })).status, `${away} s`).toBe(200);
      for (const away of [-310, -301, 301]) {
        const r = await signed(stopped.url, '/v2/owners', { timestamp: STOPPED + away });
        expect(r.status, `${away} s`).toBe(401);
        expect(r.json).toEqual(v2Failure('Timestamp out of acceptable time range'));
      }
    } finally {
      await stopped.close();
    }
  });

  it('refuses a timestamp in milliseconds as out of range', async () => {
    const r = await signed(standin.url, '/v2/owners', { timestamp: Date.now() });
    expect(r.json).toEqual(v2Failure('Timestamp out of acceptable time range'));
  });

  it('answers a missing or non-integer Timestamp with Invalid timestamp', async () => {
    const headers = hmacHeaders('/v2/owners');
    const { Timestamp: _dropped, ...withoutTimestamp } = headers;
    expect((await raw(standin.url, '/v2/owners', withoutTimestamp)).json).toEqual(v2Failure('Invalid timestamp'));
    const r = await raw(standin.url, '/v2/owners', { ...headers, Timestamp: '1700000000.5' });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(v2Failure('Invalid timestamp'));
  });

  it('answers an unknown Access ID with Access Denied', async () => {
    const r = await signed(standin.url, '/v2/owners', { accessId: '99999999999999999999' });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(v2Failure('Access Denied'));
  });

  it.each([
    ['no Authorization header', {}],
    ['a header without the signature', { Authorization: 'TC 12345678901234567890', Timestamp: String(now()) }],
    ['another scheme', { Authorization: 'Bearer abc', Timestamp: String(now()) }],
    ['TC with an empty access id', { Authorization: 'TC :abc=', Timestamp: String(now()) }],
  ])('answers %s with Access Denied', async (_name, headers: Record<string, string>) => {
    const r = await raw(standin.url, '/v2/owners', headers);
    expect(r.status).toBe(401);
    expect(r.json).toEqual(v2Failure('Access Denied'));
  });

  it('always sends a Date header from its clock, on success and failure', async () => {
    const stopped = await stoppedAt(STOPPED);
    try {
      const ok = await signed(stopped.url, '/v2/owners', { timestamp: STOPPED });
      const bad = await signed(stopped.url, '/v2/owners', { timestamp: STOPPED, secretKey: 'x' });
      expect([ok.status, bad.status]).toEqual([200, 401]);
      for (const r of [ok, bad]) expect(r.headers.get('date')).toBe('Tue, 14 Nov 2023 22:13:20 GMT');
    } finally {
      await stopped.close();
    }
  });
});

describe('the stand-in clock', () => {
  it('can be skewed by an option; its Date header shows the skew and the timestamp check uses it', async () => {
    const skewed = await stoppedAt(STOPPED, { clockSkewSeconds: 3600 });
    try {
      const r = await signed(skewed.url, '/v2/owners', { timestamp: STOPPED });
      expect(r.status).toBe(401);
      expect(r.json).toEqual(v2Failure('Timestamp out of acceptable time range'));
      expect(Date.parse(r.headers.get('date') ?? '')).toBe((STOPPED + 3600) * 1000);
      expect((await signed(skewed.url, '/v2/owners', { timestamp: STOPPED + 3600 })).status).toBe(200);
      skewed.state.clockSkewSeconds = 0;
      expect((await signed(skewed.url, '/v2/owners', { timestamp: STOPPED })).status).toBe(200);
    } finally {
      await skewed.close();
    }
  });
});

describe('token authentication', () => {
  it('accepts a configured token', async () => {
    const r = await raw(standin.url, '/v2/owners', { Authorization: `TC-Token ${DEFAULT_TOKEN}` });
    expect(r.status).toBe(200);
    expect((r.json.data as { resultCount: number }).resultCount).toBe(1);
  });

  it('answers an expired token with 401 Unauthorized', async () => {
    const r = await raw(standin.url, '/v2/owners', { Authorization: 'TC-Token APIV2:430:c8mTcH:1:expiredExpiredExpired=' });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(v2Failure('Unauthorized'));
  });

  it('answers an unknown token with 401 Unauthorized (v3 envelope on v3)', async () => {
    const r = await raw(standin.url, '/v3/indicators', { Authorization: 'TC-Token APIV2:1:nope:2:unknown=' });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(v3Error('0x1002', 'Unauthorized'));
  });

  it('lets the token expire as the stand-in clock passes its expiry', async () => {
    standin.state.clockSkewSeconds = 7200;
    try {
      const r = await raw(standin.url, '/v2/owners', { Authorization: `TC-Token ${DEFAULT_TOKEN}` });
      expect(r.json).toEqual(v2Failure('Unauthorized'));
    } finally {
      standin.state.clockSkewSeconds = 0;
    }
  });
});

describe('owners', () => {
  it('answers an unknown owner with "The requested owner was not found" (v2 and v3)', async () => {
    const v2 = await signed(standin.url, '/v2/indicators/hosts?owner=No%20Such%20Org', { method: 'POST', body: { hostName: 'example.com' } });
    expect(v2.status).toBe(403);
    expect(v2.json).toEqual(v2Failure('The requested owner was not found'));
    const v3 = await signed(standin.url, '/v3/indicators?owner=No%20Such%20Org');
    expect(v3.status).toBe(403);
    expect(v3.json).toEqual(v3Error('0x1003', 'The requested owner was not found'));
  });

  it('answers an owner the user may not access with Access Denied', async () => {
    const r = await signed(standin.url, '/v2/indicators/hosts?owner=Restricted%20Source', { method: 'POST', body: { hostName: 'example.com' } });
    expect(r.status).toBe(403);
    expect(r.json).toEqual(v2Failure('Access Denied'));
  });

  it('reads the Owner parameter in any case', async () => {
    const r = await signed(standin.url, '/v2/indicators/hosts?Owner=Common%20Community', { method: 'POST', body: { hostName: 'example.com' } });
    expect(r.status).toBe(201);
    expect((r.json.data as { host: { ownerName: string } }).host.ownerName).toBe('Common Community');
  });
});

describe('mounted under /api', () => {
  it('verifies the signature over the path including /api', async () => {
    expect(mounted.url.endsWith('/api')).toBe(true);
    const origin = new URL(mounted.url).origin;
    const ok = await signed(origin, '/api/v2/owners');
    expect(ok.status).toBe(200);
    const r = await signed(origin, '/api/v2/owners', { signedTarget: '/v2/owners' });
    expect(r.json).toEqual(v2Failure('Signature data did not match expected result'));
  });

  it('answers paths outside the base path with 404', async () => {
    const origin = new URL(mounted.url).origin;
    const r = await signed(origin, '/v2/owners');
    expect(r.status).toBe(404);
    expect(r.json.status).toBe('Failure');
  });
});
