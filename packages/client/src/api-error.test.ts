import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '@tclint/diagnosis';
import { ThreatConnectApiError } from './api-error.js';

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const TOKEN = 'APIV2:430:c8mTcH:1234567890123:7mbiy0tokenvalue=';

function diagnosis(over: Partial<Diagnosis>): Diagnosis {
  return { classId: 'signature', ruleId: 'signature/exchange', severity: 'error', message: 'm', evidence: [], remedies: [], ...over };
}

describe('ThreatConnectApiError', () => {
  it('reads the v3 envelope and summarizes the first diagnosis in its message', () => {
    const error = new ThreatConnectApiError({
      method: 'GET',
      url: 'https://tc.example/api/v3/indicators?owner=Example%20Org',
      status: 401,
      body: '{"status":"Error","errCode":"0x1002","message":"Signature data did not match expected result"}',
      diagnoses: [diagnosis({ message: 'signed another path' }), diagnosis({ classId: 'timestamp', ruleId: 'timestamp/exchange' })],
      secrets: [SECRET],
    });
    expect(error.errCode).toBe('0x1002');
    expect(error.apiMessage).toBe('Signature data did not match expected result');
    expect(error.message).toBe(
      'ThreatConnect refused GET /api/v3/indicators: HTTP 401 "Signature data did not match expected result". [signature] signed another path',
    );
    expect(error.classes).toEqual(['signature', 'timestamp']);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'ThreatConnectApiError', status: 401, errCode: '0x1002' });
  });

  it('masks secrets wherever they appear, and never carries a re-signed Authorization header', () => {
    const error = new ThreatConnectApiError({
      method: 'POST',
      url: `https://tc.example/api/v2/owners?leak=${TOKEN}`,
      status: 401,
      body: `{"status":"Failure","message":"bad token ${TOKEN}"}`,
      diagnoses: [
        diagnosis({
          message: `key ${SECRET}`,
          evidence: [`token ${TOKEN}`],
          remedies: [`use ${SECRET}`],
          fix: { field: 'request.headers.Authorization', value: 'TC 1:freshlySignedValue=' },
          indicatorFix: [{ field: 'request.body', value: `{"k":"${SECRET}"}` }],
        }),
      ],
      secrets: [SECRET, TOKEN],
    });
    const text = [error.message, error.stack, JSON.stringify(error)].join('\n');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('freshlySignedValue');
    expect(error.diagnoses[0]!.fix).toEqual({ field: 'request.headers.Authorization', value: '[REDACTED]' });
    expect(error.diagnoses[0]!.indicatorFix).toEqual([{ field: 'request.body', value: '{"k":"[REDACTED]"}' }]);
    expect(error.apiMessage).toBe('bad token [REDACTED]');
  });

  it('quotes a long plain-text body only in part in its message', () => {
    const error = new ThreatConnectApiError({ method: 'GET', url: '/v2/owners', status: 503, body: 'x'.repeat(5000), diagnoses: [], secrets: [] });
    expect(error.message.length).toBeLessThan(400);
    expect(error.body.length).toBe(5000);
  });
});
