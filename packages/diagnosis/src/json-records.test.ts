import { exchangeSubject } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { jsonDiagnoseRecord, jsonRecord } from './json-records.js';

const subject = exchangeSubject({ request: { method: 'GET', url: '/api/v3/groups', headers: { authorization: 'TC-Token abcdefgh-token-1234' } } });

describe('JSON records', () => {
  it('print a lint report with its secrets redacted and credential fixes masked', () => {
    const message = { ruleId: 'x/y', severity: 'error' as const, message: 'token abcdefgh-token-1234 expired', field: 'request.headers.Authorization', fix: { field: 'request.headers.Authorization', value: 'TC-Token abcdefgh-token-1234' } };
    const record = jsonRecord({ source: 'a.har', index: 0, line: null, path: 'log.entries[0]', subject, messages: [message] } as never);
    expect(record).toEqual({ source: 'a.har', line: null, path: 'log.entries[0]', type: null, values: null, output: null, messages: [{ ruleId: 'x/y', severity: 'error', message: 'token [REDACTED] expired', field: 'request.headers.Authorization', fix: { field: 'request.headers.Authorization', value: '[REDACTED]' } }] });
    expect(JSON.stringify(record)).not.toContain('abcdefgh-token-1234');
  });

  it('print a diagnosis with its secrets redacted, and a read error as one diagnosis', () => {
    const diagnosis = { classId: 'c', ruleId: 'r', severity: 'warning' as const, message: 'm abcdefgh-token-1234', evidence: ['e abcdefgh-token-1234'], remedies: ['r'] };
    expect(jsonDiagnoseRecord({ source: 's', index: 2, result: { subject, diagnoses: [diagnosis] } } as never)).toEqual({ source: 's', index: 2, diagnoses: [{ ...diagnosis, message: 'm [REDACTED]', evidence: ['e [REDACTED]'], fix: null }] });
    expect(jsonDiagnoseRecord({ source: 's', index: 0, readError: { message: 'bad' } } as never).diagnoses.map((d) => d.classId)).toEqual(['read-error']);
  });
});
