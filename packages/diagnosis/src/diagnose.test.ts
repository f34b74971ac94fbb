import { appSubject, createEngine, exchangeSubject, messageSubject } from '@tclint/core';
import { TEST_PLUGINS } from '@tclint/test-plugins';
import { describe, expect, it } from 'vitest';
import { diagnoseWith } from './diagnose.js';
import type { DiagnosableSubject } from './diagnosis.js';

describe('diagnoseWith', () => {
  const engine = createEngine({ config: TEST_PLUGINS.map((plugin) => plugin.configs.recommended) });
  const linter = { diagnose: <S extends DiagnosableSubject>(subject: S) => diagnoseWith(engine, subject) };
  const failed = (method: string, url: string, body: unknown, status = 400, message = 'Please enter a valid ASN') =>
    exchangeSubject({
      request: { method, url, headers: { Authorization: 'TC 1:abcdefghijklmnop', 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      response: { status, headers: {}, body: JSON.stringify({ status: 'Failure', message }) },
    });

  it('runs the error-class rules', () => {
    const result = linter.diagnose(failed('GET', 'https://tc.example/api/v3/groups', undefined, 401, 'Signature data did not match'));
    expect(result.diagnoses.map((d) => [d.classId, d.ruleId])).toEqual([['signature', 'signature/mismatch']]);
    expect(result.diagnoses[0]!.fix).toEqual({ field: 'request.headers.Authorization', value: 'TC 123:resignedSignatureValue==' });
    expect(result.output?.request.headers.Authorization).toBe('TC 123:resignedSignatureValue==');
    expect(result.errorCount).toBe(1);
  });

  it('v3 create rejected: names the wrong field and carries the corrected body', () => {
    const body = { type: 'ASN', 'AS Number': 'AS 1', rating: 3 };
    const result = linter.diagnose(failed('POST', 'https://tc.example/api/v3/indicators', body));
    expect(result.diagnoses).toEqual([
      {
        classId: 'indicator-format',
        ruleId: 'asn/prefix',
        severity: 'error',
        message: 'AS number "AS 1" must be written as ASN1',
        evidence: ['the request body (ASN) has "AS Number": "AS 1"'],
        remedies: ['Send "AS Number" as "ASN1" in the request body.'],
        fix: { field: 'request.body', value: '{"type":"ASN","AS Number":"ASN1","rating":3}' },
        indicatorFix: { field: 'AS Number', value: 'ASN1' },
        field: 'AS Number',
        docsUrl: 'https://example.test/asn#prefix',
      },
    ]);
    expect(result.output?.request.body).toBe('{"type":"ASN","AS Number":"ASN1","rating":3}');
  });

  it('v2 single create and v2 batch rejected', () => {
    const single = linter.diagnose(failed('POST', 'https://tc.example/api/v2/indicators/hosts', { hostName: 'bad.example.', rating: 1 }));
    expect(single.diagnoses.map((d) => [d.classId, d.ruleId, d.field])).toEqual([['indicator-format', 'host/trailing-dot', 'hostName']]);
    const batch = linter.diagnose(failed('POST', 'https://tc.example/api/v2/batch/77', { indicator: [{ type: 'Host', summary: 'ok.example' }, { type: 'Registry Key', summary: 'k : v : reg_sz' }, { type: 'ASN', summary: 'zzz' }] }));
    expect(batch.diagnoses.map((d) => [d.ruleId, d.path, d.message])).toEqual([
      ['registry-key/value-type', 'indicator[1]', 'indicator[1]: Value Type "reg_sz" must be written REG_SZ'],
      ['asn/prefix', 'indicator[2]', 'indicator[2]: AS number "zzz" is not a number'],
    ]);
    expect(batch.diagnoses[0]!.fix).toEqual({ field: 'request.body', value: JSON.stringify({ indicator: [{ type: 'Host', summary: 'ok.example' }, { type: 'Registry Key', summary: 'k : v : REG_SZ' }, { type: 'ASN', summary: 'zzz' }] }) });
    expect(batch.diagnoses[1]!.fix).toBeUndefined();
    expect(batch.diagnoses[1]!.remedies).toEqual(['Correct "AS Number" in request body indicator[2] (see https://example.test/asn#prefix).']);
  });

  it('an indicator body that is fine and an error nobody knows: unrecognized, quoting status and message', () => {
    const result = linter.diagnose(failed('POST', 'https://tc.example/api/v3/indicators', { type: 'ASN', 'AS Number': 'ASN1' }, 400, 'Something odd'));
    expect(result.diagnoses).toEqual([
      {
        classId: 'unrecognized',
        ruleId: 'tclint/unrecognized',
        severity: 'error',
        message: 'No rule recognizes this error: HTTP 400 "Something odd"',
        evidence: ['HTTP 400 from POST /api/v3/indicators', 'message: "Something odd"'],
        remedies: expect.any(Array),
      },
    ]);
  });

  it('a warning about the body does not explain a 400: unrecognized is added', () => {
    const result = linter.diagnose(failed('POST', 'https://tc.example/api/v3/indicators', { type: 'ASN', 'AS Number': 'ASN64512' }, 400, 'Odd'));
    expect(result.diagnoses.map((d) => [d.classId, d.severity])).toEqual([
      ['indicator-format', 'warning'],
      ['unrecognized', 'error'],
    ]);
  });

  it('unrecognized messages, and no diagnosis for success or a clean app', () => {
    expect(linter.diagnose(messageSubject('kaboom')).diagnoses.map((d) => d.message)).toEqual(['No rule recognizes this error: "kaboom"']);
    expect(linter.diagnose(messageSubject('Signature data did not match')).diagnoses.map((d) => d.classId)).toEqual(['signature']);
    const ok = exchangeSubject({ request: { method: 'GET', url: '/api/v3/groups', headers: {} }, response: { status: 200, headers: {} } });
    expect(linter.diagnose(ok).diagnoses).toEqual([]);
    expect(linter.diagnose(appSubject('/app', { 'run.py': 'print(1)' })).diagnoses).toEqual([]);
  });

  it('never throws on odd exchanges, and keeps secrets out of the unrecognized quote', () => {
    const odd = exchangeSubject({
      request: { method: 'POST', url: '::not a url::', headers: { authorization: 'TC-Token secrettokenvalue123' }, body: '{"indicator": 5}' },
      response: { status: 500, headers: {}, body: 'token secrettokenvalue123 rejected' },
      secretKey: 'k3y-s3cr3t',
    });
    const result = linter.diagnose(odd);
    expect(result.diagnoses[0]!.classId).toBe('unrecognized');
    expect(JSON.stringify(result.diagnoses)).not.toContain('secrettokenvalue123');
    const batchJunk = failed('POST', '/api/v2/batch/1', { indicator: [null, 'x', { type: 5 }] });
    expect(() => linter.diagnose(batchJunk)).not.toThrow();
  });
});
