import { appSubject, ConfigError, exchangeSubject, indicator, indicatorFromSummary, messageSubject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { createLinter } from './linter.js';
import { OFFICIAL_PLUGINS } from './official.js';
import { TEST_PLUGINS, testAsn } from './testing/plugins.js';
import { collect } from './testing/temp.js';

describe('createLinter', () => {
  it('loads every official package by default', () => {
    const linter = createLinter();
    expect(linter.engine.config.plugins.map((p) => p.meta.namespace)).toEqual([
      'address',
      'email-address',
      'file',
      'host',
      'url',
      'asn',
      'cidr',
      'email-subject',
      'hashtag',
      'mutex',
      'registry-key',
      'user-agent',
      'defanged',
      'signature',
      'timestamp',
      'access-denied',
      'unauthorized',
      'tcex-main',
    ]);
    expect(OFFICIAL_PLUGINS).toHaveLength(18);
  });

  it('runs a chosen subset with their recommended configs, and rule overrides', () => {
    const linter = createLinter({ plugins: [testAsn] });
    expect(linter.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages.map((m) => m.ruleId)).toEqual(['asn/prefix']);
    const quiet = createLinter({ plugins: [testAsn], rules: { 'asn/prefix': 'off' } });
    expect(quiet.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages).toEqual([]);
    const allowed = createLinter({ plugins: [testAsn], extraConfig: [{ rules: { 'asn/private': ['warn', { allow: true }] } }] });
    expect(allowed.check(indicator('ASN', { 'AS Number': 'ASN64512' })).messages).toEqual([]);
  });

  it('with a config, runs only what the config turns on', () => {
    const linter = createLinter({ plugins: TEST_PLUGINS, config: [{ rules: { 'asn/private': 'error' } }] });
    expect(linter.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages).toEqual([]);
    expect(linter.check(indicator('ASN', { 'AS Number': 'ASN64512' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([['asn/private', 'error']]);
  });

  it('throws a ConfigError listing every problem', () => {
    try {
      createLinter({ plugins: [testAsn], rules: { 'asn/nope': 'error', 'x/y': 'warn' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('fixes, infers types, and streams with checkAll/fixAll', async () => {
    const linter = createLinter({ plugins: TEST_PLUGINS });
    expect(linter.fix(indicatorFromSummary('AS 12')).output).toEqual({ kind: 'indicator', type: 'ASN', values: { 'AS Number': 'ASN12' } });
    async function* subjects() {
      yield indicator('ASN', { 'AS Number': 'AS 1' });
      yield indicator('ASN', { 'AS Number': 'ASN2' });
    }
    expect((await collect(linter.checkAll(subjects()))).map((r) => r.errorCount)).toEqual([1, 0]);
    expect((await collect(linter.fixAll([indicator('ASN', { 'AS Number': '7' })]))).map((r) => r.output?.kind === 'indicator' && r.output.values)).toEqual([{ 'AS Number': 'ASN7' }]);
  });

  it('lists rules with default and configured severity', () => {
    const linter = createLinter({ plugins: TEST_PLUGINS, rules: { 'asn/private': 'off' } });
    const rules = linter.rules();
    expect(rules.map((r) => r.id)).toEqual(['asn/prefix', 'asn/private', 'host/trailing-dot', 'registry-key/value-type', 'signature/message', 'signature/mismatch']);
    expect(rules[0]).toEqual({ id: 'asn/prefix', plugin: 'test-asn', subject: 'indicator', types: ['ASN'], description: 'AS numbers are written ASN<n>', defaultSeverity: 'error', severity: 'error', fixable: true, docsUrl: 'https://example.test/asn#prefix' });
    expect(rules[1]).toMatchObject({ id: 'asn/private', defaultSeverity: 'warn', severity: 'off', fixable: false });
    expect(rules[5]).toMatchObject({ subject: 'exchange', classId: 'signature' });
  });
});

describe('diagnose', () => {
  const linter = createLinter({ plugins: TEST_PLUGINS });
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
