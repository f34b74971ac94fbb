/** The examples of the "ThreatConnect client" section of the README, run against the stand-in. */
import type { Standin } from '@tclint/tc-standin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '@tclint/preset';
import { ThreatConnectApiError } from './api-error.js';
import { createThreatConnectClient } from './create-client.js';
import { ACCESS_ID, refusal, SECRET_KEY, startApiStandin } from './testing/standin.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startApiStandin();
});
afterAll(() => standin.close());

describe('README: ThreatConnect client', () => {
  it('the main example', async () => {
    const tc = createThreatConnectClient({ baseUrl: standin.url, accessId: ACCESS_ID, secretKey: SECRET_KEY, linter: createLinter() });

    const owners = (await (await tc('/v2/owners')).json()) as { status: string };
    expect(owners.status).toBe('Success');

    const asn = await tc.createIndicator('ASN', 'AS 12345', { owner: 'Example Organization' });
    expect(asn.indicator['AS Number']).toBe('ASN12345');
    expect(asn.fixes?.indicators[0]?.changes).toEqual([{ ruleId: 'asn/format', field: 'AS Number', from: 'AS 12345', to: 'ASN12345' }]);

    expect((await tc.createIndicatorV3('Host', 'österreich.icom.museum')).indicator.hostName).toBe('xn--sterreich-z7a.icom.museum');
    expect((await tc.createIndicator('CIDR', { Block: '2001:db8:1234::/48' })).indicator.Block).toBe('2001:db8:1234:0:0:0:0:0/48');
    const key = await tc.createIndicator('Registry Key', {
      'Key Name': 'HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001',
      'Value Type': 'REG_NONE',
    });
    expect(key.indicator).toMatchObject({ 'Key Name': 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001', 'Value Name': ' ' });

    const batch = await tc.submitBatch(
      [
        { type: 'ASN', summary: 'AS 12345', rating: 3 },
        { type: 'Host', summary: 'EXAMPLE.com' },
      ],
      { owner: 'Example Organization', pollIntervalMs: 10 },
    );
    expect(batch.status).toMatchObject({ status: 'Completed', errorCount: 0, successCount: 2 });
  });

  it('the error example', async () => {
    const tc = createThreatConnectClient({ baseUrl: standin.url, accessId: ACCESS_ID, secretKey: SECRET_KEY, linter: createLinter() });
    const error = await refusal(() => tc.createIndicator('Host', 'example.com', { owner: 'Restricted Source' }));
    if (!(error instanceof ThreatConnectApiError)) throw error;
    expect(error.status).toBe(403);
    expect(error.apiMessage).toBe('Access Denied');
    expect(error.classes).toEqual(['access-denied']);
    expect(error.diagnoses[0]).toMatchObject({ classId: 'access-denied', ruleId: expect.stringMatching(/^access-denied\//) });
  });
});

describe('without a linter', () => {
  it('sends bodies as they are, and a refusal carries only the unrecognized diagnosis', async () => {
    const tc = createThreatConnectClient({ baseUrl: standin.url, accessId: ACCESS_ID, secretKey: SECRET_KEY });
    const error = await refusal(() => tc.createIndicator('ASN', 'AS 12345'));
    if (!(error instanceof ThreatConnectApiError)) throw error;
    expect(error.status).toBe(400);
    expect(error.fixes).toBeUndefined();
    expect(error.classes).toEqual(['unrecognized']);
    const refused = await refusal(() => tc.createIndicator('Host', 'example.com', { owner: 'Restricted Source' }));
    if (!(refused instanceof ThreatConnectApiError)) throw refused;
    expect(refused.classes).toEqual(['unrecognized']);
    expect(refused.diagnoses[0]!.message).toContain('HTTP 403');
  });
});
