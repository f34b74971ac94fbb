import { asChanges } from '@tclint/core';
import type { Standin } from '@tclint/tc-standin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThreatConnectApiError } from './api-error.js';
import type { FixReport } from './options.js';
import { hmacClient, refusal, startApiStandin } from './testing/standin.js';

let standin: Standin;
beforeAll(async () => {
  standin = await startApiStandin();
});
afterAll(() => standin.close());

const REGISTRY_KEY_WRONG = 'HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001';
const REGISTRY_KEY_RIGHT = 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001';

/** Indicators written wrongly, the field the fix changes, what it becomes, and the rule namespace that owns it. */
const CASES: { type: string; values: Record<string, string>; field: string; fixed: string; namespace: string }[] = [
  { type: 'ASN', values: { 'AS Number': 'AS 12345' }, field: 'AS Number', fixed: 'ASN12345', namespace: 'asn' },
  { type: 'CIDR', values: { Block: '2001:db8:1234::/48' }, field: 'Block', fixed: '2001:db8:1234:0:0:0:0:0/48', namespace: 'cidr' },
  { type: 'Host', values: { hostName: 'österreich.icom.museum' }, field: 'hostName', fixed: 'xn--sterreich-z7a.icom.museum', namespace: 'host' },
  {
    type: 'Registry Key',
    values: { 'Key Name': REGISTRY_KEY_WRONG, 'Value Name': ' ', 'Value Type': 'REG_NONE' },
    field: 'Key Name',
    fixed: REGISTRY_KEY_RIGHT,
    namespace: 'registry-key',
  },
];

describe("fix: 'apply' (default)", () => {
  it.each(CASES)('fixes a $type written wrongly and the stand-in accepts it (v2)', async ({ type, values, field, fixed }) => {
    const reports: FixReport[] = [];
    const client = hmacClient(standin, { reports });
    const result = await client.createIndicator(type, values);
    expect(result.status).toBe(201);
    expect(result.indicator[field]).toBe(fixed);
    expect(result.fixes).toMatchObject({ mode: 'apply', applied: true });
    expect(result.fixes!.indicators[0]!.changes).toContainEqual(expect.objectContaining({ field, from: values[field], to: fixed }));
    expect(reports).toEqual([result.fixes]);
    expect(JSON.parse(standin.state.requests.at(-1)!.body)[field]).toBe(fixed);
  });

  it.each(CASES)('fixes a $type written wrongly (v3)', async ({ type, values, field, fixed }) => {
    const client = hmacClient(standin);
    const result = await client.createIndicatorV3(type, values, { owner: 'Common Community' });
    expect(result.status).toBe(201);
    expect(result.indicator).toMatchObject({ type, ownerName: 'Common Community', [field]: fixed });
  });

  it("sends ThreatConnect's type name for a type named in a feed's vocabulary (ip-dst, domain), which the stand-in accepts", async () => {
    const client = hmacClient(standin);
    const response = await client('/v3/indicators', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'ip-dst', ip: '103.40.102.233', rating: 2 }),
    });
    expect(response.status).toBe(201);
    expect(JSON.parse(standin.state.requests.at(-1)!.body)).toEqual({ type: 'Address', ip: '103.40.102.233', rating: 2 });
    const batch = await client.submitBatch([{ type: 'domain', summary: 'WWW.ELEVEN.MYPOP3.ORG' }], { owner: 'Example Organization' });
    expect(batch.status).toMatchObject({ successCount: 1, errorCount: 0 });
    expect(batch.fixes!.indicators[0]!.changes.map((c) => [c.field, c.to])).toEqual([['type', 'Host'], ['hostName', 'www.eleven.mypop3.org']]);
  });

  it('fixes the body of a plain fetch-style call too, keeping its other properties', async () => {
    const client = hmacClient(standin);
    const response = await client('/v2/indicators/asns', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ 'AS Number': 'AS 12345', rating: 4 }),
    });
    expect(response.status).toBe(201);
    expect(JSON.parse(standin.state.requests.at(-1)!.body)).toEqual({ 'AS Number': 'ASN12345', rating: 4 });
  });

  it('fixes the body of a Request object', async () => {
    const client = hmacClient(standin);
    const request = new Request(`${standin.url}/v3/indicators`, { method: 'POST', body: JSON.stringify({ type: 'Host', hostName: 'österreich.icom.museum' }) });
    const response = await client(request);
    expect(response.status).toBe(201);
    expect(JSON.parse(standin.state.requests.at(-1)!.body)).toEqual({ type: 'Host', hostName: 'xn--sterreich-z7a.icom.museum' });
  });

  it('recognizes indicator creates under any base path', async () => {
    const nested = await startApiStandin({ basePath: '/threatconnect/api' });
    try {
      const result = await hmacClient(nested).createIndicator('ASN', 'AS 12345');
      expect(result.indicator['AS Number']).toBe('ASN12345');
      expect(nested.state.requests.at(-1)!.url).toBe('/threatconnect/api/v2/indicators/asns');
    } finally {
      await nested.close();
    }
  });

  it('rejects an unknown type, and a type without a v2 endpoint, before sending', async () => {
    const client = hmacClient(standin);
    const before = standin.state.requests.length;
    await expect(client.createIndicator('Widget', 'x')).rejects.toThrow('Unknown ThreatConnect indicator type "Widget"');
    await expect(client.createIndicator('Hashtag', '#x')).rejects.toThrow('use createIndicatorV3');
    expect(standin.state.requests.length).toBe(before);
  });

  it('fills a missing registry Value Name with a single space', async () => {
    const client = hmacClient(standin);
    const result = await client.createIndicator('Registry Key', { 'Key Name': REGISTRY_KEY_RIGHT, 'Value Type': 'REG_SZ' });
    expect(result.indicator['Value Name']).toBe(' ');
  });

  it('leaves correct indicators and other requests alone, with no report', async () => {
    const reports: FixReport[] = [];
    const client = hmacClient(standin, { reports });
    const result = await client.createIndicator('URL', 'http://example.com');
    expect(result.fixes).toBeUndefined();
    expect(reports).toEqual([]);
  });
});

describe("fix: 'off'", () => {
  it.each(CASES)("sends a $type as written; the stand-in rejects it and the error names that indicator's rule", async ({ type, values, field, fixed, namespace }) => {
    const client = hmacClient(standin, { fix: 'off' });
    const error = (await refusal(() => client.createIndicator(type, values))) as ThreatConnectApiError;
    expect(error).toBeInstanceOf(ThreatConnectApiError);
    expect(error.status).toBe(400);
    const format = error.diagnoses.filter((d) => d.classId === 'indicator-format');
    expect(format.length).toBeGreaterThan(0);
    expect(format[0]!.ruleId.startsWith(`${namespace}/`)).toBe(true);
    expect(format.map((d) => d.field)).toContain(field);
    // the diagnosis offers the corrected body as a fix
    const [bodyFix] = asChanges(format.find((d) => d.fix)!.fix!);
    expect(bodyFix!.field).toBe('request.body');
    expect(JSON.parse(bodyFix!.value)[field]).toBe(fixed);
    expect(error.message).toContain('[indicator-format]');
  });

  it('rejects a URL with an uppercase domain, diagnosed by the url rules', async () => {
    const client = hmacClient(standin, { fix: 'off' });
    const error = (await refusal(() => client.createIndicatorV3('URL', 'http://EXAMPLE.com'))) as ThreatConnectApiError;
    expect(error.errCode).toBe('0x1001');
    expect(error.diagnoses.some((d) => d.classId === 'indicator-format' && d.ruleId.startsWith('url/'))).toBe(true);
  });
});

describe("fix: 'report'", () => {
  it('sends the body unchanged, reports what a fix would change, and the error carries the report', async () => {
    const reports: FixReport[] = [];
    const client = hmacClient(standin, { fix: 'report', reports });
    const error = (await refusal(() => client.createIndicator('ASN', 'AS 12345'))) as ThreatConnectApiError;
    expect(JSON.parse(standin.state.requests.at(-1)!.body)).toEqual({ 'AS Number': 'AS 12345' });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ mode: 'report', applied: false });
    expect(reports[0]!.indicators[0]!.changes).toContainEqual(expect.objectContaining({ field: 'AS Number', from: 'AS 12345', to: 'ASN12345' }));
    expect(reports[0]!.indicators[0]!.remaining.length).toBeGreaterThan(0);
    expect(error.fixes).toEqual(reports[0]);
  });
});
