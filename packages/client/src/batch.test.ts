import type { Standin } from '@tclint/tc-standin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hmacClient, startApiStandin } from './testing/standin.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startApiStandin();
});
afterAll(() => standin.close());

const WRONG = [
  { type: 'ASN', summary: 'AS 12345', rating: 3 },
  { type: 'CIDR', summary: '2001:db8:1234::/48' },
  { type: 'Host', summary: 'österreich.icom.museum' },
  { type: 'Registry Key', summary: 'HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001 :   : REG_NONE' },
];

describe('submitBatch', () => {
  it('fixes the batch file before uploading; every indicator is accepted', async () => {
    const client = hmacClient(standin);
    const result = await client.submitBatch(WRONG, { owner: 'Example Organization', pollIntervalMs: 10 });
    expect(result.status).toMatchObject({ status: 'Completed', errorCount: 0, successCount: 4 });
    expect(result.errors).toEqual([]);
    expect(result.fixes!.indicators.map((i) => i.path)).toEqual(['indicator[0]', 'indicator[1]', 'indicator[2]', 'indicator[3]']);
    const uploaded = JSON.parse(standin.state.requests.find((r) => r.url === `/api/v2/batch/${result.batchId}` && r.method === 'POST')!.body) as {
      indicator: { summary: string; rating?: number }[];
    };
    expect(uploaded.indicator.map((i) => i.summary)).toEqual([
      'ASN12345',
      '2001:db8:1234:0:0:0:0:0/48',
      'xn--sterreich-z7a.icom.museum',
      'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001 :   : REG_NONE',
    ]);
    expect(uploaded.indicator[0]!.rating).toBe(3);
  });

  it("with fix: 'off' the stand-in rejects each one and the errors come back", async () => {
    const client = hmacClient(standin, { fix: 'off' });
    const result = await client.submitBatch({ indicator: WRONG, group: [] }, { owner: 'Example Organization', pollIntervalMs: 10 });
    expect(result.status).toMatchObject({ status: 'Completed', errorCount: 4, successCount: 0 });
    expect(result.errors).toHaveLength(4);
    expect(result.fixes).toBeUndefined();
  });
});
