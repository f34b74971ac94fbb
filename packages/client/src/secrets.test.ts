import { inspect } from 'node:util';
import type { Standin } from '@tclint/tc-standin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThreatConnectClient } from './create-client.js';
import type { FixReport } from './options.js';
import { hmacClient, linter, refusal, SECRET_KEY, startApiStandin, TOKEN, tokenClient } from './testing/standin.js';

let standin: Standin;
const EXPIRED = 'APIV2:430:c8mTcH:1700000000000:expiredSecretToken=';
beforeAll(async () => {
  standin = await startApiStandin({ tokens: [{ token: EXPIRED, expires: 1, owners: ['Example Organization'] }] });
});
afterAll(() => standin.close());

function everything(value: unknown): string {
  const parts = [inspect(value, { depth: null, showHidden: true }), JSON.stringify(value) ?? ''];
  if (value instanceof Error) parts.push(value.message, value.stack ?? '', String(value));
  return parts.join('\n');
}

describe('no secret key or token in anything the client reports', () => {
  it('holds for every failure and report', async () => {
    const wrongSecret = 'wrongSecretKeyWrongSecretKeyWrongSecret1';
    const reports: FixReport[] = [];
    const outputs: unknown[] = [];
    const record = async (call: () => Promise<unknown>) => outputs.push(await refusal(call));

    await record(() => hmacClient(standin, { secretKey: wrongSecret })('/v2/owners'));
    await record(() => hmacClient(standin, { secretKey: wrongSecret }).createIndicator('ASN', 'AS 12345'));
    standin.state.clockSkewSeconds = 3600;
    await record(() => hmacClient(standin, { correctClock: false })('/v2/owners'));
    standin.state.clockSkewSeconds = 0;
    await record(() => hmacClient(standin).createIndicator('Host', 'example.com', { owner: 'Restricted Source' }));
    await record(() => hmacClient(standin, { fix: 'off', reports }).createIndicator('ASN', 'AS 12345'));
    await record(() => hmacClient(standin, { fix: 'report', reports }).createIndicator('CIDR', '2001:db8:1234::/48'));
    await record(() => tokenClient(standin, EXPIRED, 1)('/v2/owners'));
    await record(() => tokenClient(standin, TOKEN)('/v2/owners'));
    // a key with a trailing newline is refused before anything is sent
    await record(() =>
      createThreatConnectClient({ baseUrl: standin.url, accessId: '12345678901234567890', secretKey: `${SECRET_KEY}\n`, linter })('/v2/owners'),
    );
    outputs.push(reports);

    expect(outputs).toHaveLength(10);
    const text = outputs.map(everything).join('\n');
    for (const secret of [SECRET_KEY, wrongSecret, EXPIRED, TOKEN]) expect(text).not.toContain(secret);
    // the scan would find them if they were there
    expect(everything({ leaked: SECRET_KEY })).toContain(SECRET_KEY);
  });
});
