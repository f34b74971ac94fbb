import type { Standin } from '@tclint/tc-standin';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ThreatConnectApiError } from './api-error.js';
import { hmacClient, refusal, startApiStandin, TOKEN, tokenClient } from './testing/standin.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startApiStandin({
    tokens: [
      { token: TOKEN, expires: Math.floor(Date.now() / 1000) + 3600, owners: ['Example Organization'] },
      { token: 'APIV2:430:c8mTcH:1700000000000:expiredTokenValue=', expires: Math.floor(Date.now() / 1000) - 60, owners: ['Example Organization'] },
    ],
  });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.state.clockSkewSeconds = 0;
});

async function apiError(call: () => Promise<unknown>): Promise<ThreatConnectApiError> {
  const error = await refusal(call);
  expect(error).toBeInstanceOf(ThreatConnectApiError);
  return error as ThreatConnectApiError;
}

describe('signing', () => {
  it('signs the exact path sent, /api prefix included, and succeeds', async () => {
    const client = hmacClient(standin);
    const response = await client('/v2/owners?owner=Example%20Organization');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { resultCount: number } };
    expect(body.data.resultCount).toBe(2);
    const sent = standin.state.requests.at(-1)!;
    expect(sent.url).toBe('/api/v2/owners?owner=Example%20Organization');
    expect(sent.headers.authorization).toMatch(/^TC 12345678901234567890:[A-Za-z0-9+/]+=*$/);
    expect(sent.headers.timestamp).toMatch(/^\d{10}$/);
  });

  it('signs what fetch sends even when the path given is not percent-encoded', async () => {
    const client = hmacClient(standin);
    const response = await client('/v2/owners?owner=Example Organization');
    expect(response.status).toBe(200);
    expect(standin.state.requests.at(-1)!.url).toBe('/api/v2/owners?owner=Example%20Organization');
  });

  it('percent-encodes what WHATWG URLs leave raw ({ } | ^ ` in a query, | ^ in a path), signs that and sends it', async () => {
    const client = hmacClient(standin);
    const response = await client('/v2/owners?tql=typeName in ("Host")&x={a}|b^c`d\\e');
    expect(response.status).toBe(200);
    const sent = standin.state.requests.at(-1)!;
    expect(sent.url).toBe('/api/v2/owners?tql=typeName%20in%20(%22Host%22)&x=%7Ba%7D%7Cb%5Ec%60d%5Ce');
    expect(sent.status).toBe(200);
  });

  it('accepts a Request object and an absolute URL', async () => {
    const client = hmacClient(standin);
    const response = await client(new Request(`${standin.url}/v2/owners`));
    expect(response.status).toBe(200);
  });
});

describe('failures come back diagnosed', () => {
  it('a wrong secret key: signature', async () => {
    const client = hmacClient(standin, { secretKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210abcd' });
    const error = await apiError(() => client('/v2/owners'));
    expect(error.status).toBe(401);
    expect(error.apiMessage).toBe('Signature data did not match expected result');
    expect(error.diagnoses[0]!.classId).toBe('signature');
    expect(error.message).toContain('HTTP 401');
    expect(error.message).toContain('[signature]');
  });

  it('a skewed clock: timestamp (clock correction off)', async () => {
    standin.state.clockSkewSeconds = 3600;
    const client = hmacClient(standin, { correctClock: false });
    const error = await apiError(() => client('/v2/owners'));
    expect(error.apiMessage).toBe('Timestamp out of acceptable time range');
    expect(error.classes[0]).toBe('timestamp');
  });

  it('an owner the user may not access: access-denied', async () => {
    const client = hmacClient(standin);
    const error = await apiError(() => client.createIndicator('Host', 'example.com', { owner: 'Restricted Source' }));
    expect(error.status).toBe(403);
    expect(error.apiMessage).toBe('Access Denied');
    expect(error.classes[0]).toBe('access-denied');
  });

  it('an owner that does not exist: access-denied, naming the owner', async () => {
    const client = hmacClient(standin);
    const error = await apiError(() => client.createIndicator('Host', 'example.com', { owner: 'Exmaple Organization' }));
    expect(error.apiMessage).toBe('The requested owner was not found');
    expect(error.classes[0]).toBe('access-denied');
    expect(error.diagnoses[0]!.message).toContain('Exmaple Organization');
  });

  it('an expired token: unauthorized', async () => {
    const client = tokenClient(standin, 'APIV2:430:c8mTcH:1700000000000:expiredTokenValue=', Math.floor(Date.now() / 1000) - 60);
    const error = await apiError(() => client('/v2/owners'));
    expect(error.status).toBe(401);
    expect(error.apiMessage).toBe('Unauthorized');
    expect(error.classes[0]).toBe('unauthorized');
  });

  it('a valid token succeeds without a Timestamp header', async () => {
    const client = tokenClient(standin, TOKEN);
    const response = await client('/v3/indicators');
    expect(response.status).toBe(200);
    expect(standin.state.requests.at(-1)!.headers.timestamp).toBeUndefined();
  });
});

describe('clock correction', () => {
  it('learns the offset from the Date header and retries a timestamp error once', async () => {
    standin.state.clockSkewSeconds = 3600;
    const client = hmacClient(standin);
    const before = standin.state.requests.length;
    const response = await client('/v2/owners');
    expect(response.status).toBe(200);
    const attempts = standin.state.requests.slice(before);
    expect(attempts.map((r) => r.status)).toEqual([401, 200]);
    expect(Math.abs(client.clock.offsetMs - 3_600_000)).toBeLessThan(3000);
    // later requests are right the first time
    await client('/v2/owners');
    expect(standin.state.requests.slice(before + 2).map((r) => r.status)).toEqual([200]);
  });

  it('corrects a local clock that is off, too', async () => {
    const client = hmacClient(standin, { now: () => Date.now() - 2 * 3600_000 });
    const response = await client('/v2/owners');
    expect(response.status).toBe(200);
    expect(Math.abs(client.clock.offsetMs - 2 * 3600_000)).toBeLessThan(3000);
  });

  it('leaves a small offset alone', async () => {
    standin.state.clockSkewSeconds = 10;
    const client = hmacClient(standin);
    await client('/v2/owners');
    expect(client.clock.offsetMs).toBe(0);
    expect(Math.abs(client.clock.measuredOffsetMs! - 10_000)).toBeLessThan(3000);
  });

  it('gives up after one retry when the server clock keeps moving', async () => {
    standin.state.clockSkewSeconds = 3600;
    let calls = 0;
    const client = hmacClient(standin, {
      now: () => {
        calls++;
        // jump the local clock after the first attempt so the corrected timestamp is wrong again
        return calls > 2 ? Date.now() + 7200_000 : Date.now();
      },
    });
    const before = standin.state.requests.length;
    const error = await apiError(() => client('/v2/owners'));
    expect(error.classes[0]).toBe('timestamp');
    expect(standin.state.requests.length - before).toBe(2);
  });
});
