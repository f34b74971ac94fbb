import { describe, expect, it } from 'vitest';
import { applyChanges } from './apply-fix.js';
import { findIndicatorType } from './type-table.js';
import { parseApiError } from './response.js';
import { appSubject, exchangeSubject, indicator, indicatorFromSummary, summaryOf } from './subjects.js';

describe('indicator helpers', () => {
  it('find types by name, slug, compact name or v2 branch', () => {
    for (const key of ['Registry Key', 'registry key', 'registry-key', 'RegistryKey', 'registryKeys']) {
      expect(findIndicatorType(key)?.name).toBe('Registry Key');
    }
    expect(findIndicatorType('nope')).toBeUndefined();
  });

  it('split summaries of multi-valued types on " : "', () => {
    expect(indicatorFromSummary('HKLM\\Software : Run : REG_SZ', 'registry-key')).toEqual({
      kind: 'indicator',
      type: 'Registry Key',
      values: { 'Key Name': 'HKLM\\Software', 'Value Name': 'Run', 'Value Type': 'REG_SZ' },
      raw: 'HKLM\\Software : Run : REG_SZ',
    });
    expect(indicatorFromSummary('HKLM\\x', 'Registry Key').values).toEqual({ 'Key Name': 'HKLM\\x' });
    expect(indicatorFromSummary('a :   : REG_NONE', 'Registry Key').values['Value Name']).toBe(' ');
  });

  it('keep the rest of a single-valued summary whole', () => {
    expect(indicatorFromSummary('a : b', 'Email Subject').values).toEqual({ Subject: 'a : b' });
  });

  it('join values back into a summary, keeping empty slots', () => {
    expect(summaryOf(indicator('Registry Key', { 'Key Name': 'k', 'Value Type': 'REG_SZ' }))).toBe('k :  : REG_SZ');
    expect(summaryOf(indicator('Registry Key', { 'Key Name': 'k', 'Value Name': ' ' }))).toBe('k :  ');
    expect(summaryOf(indicator('asn', { 'AS Number': 'ASN1' }))).toBe('ASN1');
  });
});

describe('File summaries', () => {
  const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
  const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
  const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

  it('list only the hashes present, each read by its length (as tcex builds them)', () => {
    expect(indicatorFromSummary(sha256, 'File').values).toEqual({ sha256 });
    expect(indicatorFromSummary(`${md5} : ${sha256}`, 'File').values).toEqual({ md5, sha256 });
    expect(indicatorFromSummary(`${sha256} : ${md5}`, 'File').values).toEqual({ md5, sha256 });
    expect(summaryOf(indicator('File', { md5, sha1: '', sha256 }))).toBe(`${md5} : ${sha256}`);
    expect(summaryOf(indicator('File', { md5, sha1, sha256 }))).toBe(`${md5} : ${sha1} : ${sha256}`);
    expect(summaryOf(indicator('File', { sha256 }))).toBe(sha256);
  });

  it('put parts of no known length in the next free field, so rules can report them', () => {
    expect(indicatorFromSummary(`abc : ${md5}`, 'File').values).toEqual({ md5, sha1: 'abc' });
    expect(indicatorFromSummary(`${md5} : ${md5}`, 'File').values).toEqual({ md5, sha1: md5 });
  });
});

describe('exchange subjects', () => {
  it('keep the secret key out of enumeration and JSON, also after a fix', () => {
    const subject = exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: { authorization: 'x' } }, secretKey: 's3cret-key' });
    expect(subject.secretKey).toBe('s3cret-key');
    expect(JSON.stringify(subject)).not.toContain('s3cret-key');
    const fixed = applyChanges(subject, [{ field: 'request.headers.Authorization', value: 'TC 1:abc' }]);
    expect(fixed.request.headers).toEqual({ authorization: 'TC 1:abc' });
    expect(fixed.secretKey).toBe('s3cret-key');
    expect(Object.keys(fixed)).not.toContain('secretKey');
  });
});

describe('app subjects', () => {
  it('apply a fix as a file written over the listing', () => {
    const app = appSubject('/app', { 'run.py': 'x' });
    const fixed = applyChanges(app, [{ field: '__main__.py', value: 'main' }]);
    expect(fixed.files).toEqual(['__main__.py', 'run.py']);
    expect(fixed.readFile('__main__.py')).toBe('main');
    expect(app.readFile('__main__.py')).toBeUndefined();
  });
});

describe('parseApiError', () => {
  it('reads v2 and v3 envelopes and plain text', () => {
    expect(parseApiError({ status: 401, headers: {}, body: '{"status":"Failure","message":"Access Denied"}' })).toEqual({ status: 401, message: 'Access Denied', envelope: 2 });
    expect(parseApiError({ status: 401, headers: {}, body: '{"status":"Error","errCode":"0x1002","message":"Unauthorized"}' })).toEqual({
      status: 401,
      message: 'Unauthorized',
      errCode: '0x1002',
      envelope: 3,
    });
    expect(parseApiError({ status: 503, headers: {}, body: ' API access has not been licensed ' })).toEqual({ status: 503, message: 'API access has not been licensed' });
  });
});

describe('fixing an exchange', () => {
  it('drops the response, which answered the request before the fix', () => {
    const subject = exchangeSubject({
      request: { method: 'GET', url: '/v2/owners', headers: {} },
      response: { status: 401, headers: {}, body: '{"status":"Failure","message":"Access Denied"}' },
    });
    const fixed = applyChanges(subject, [{ field: 'request.headers.Timestamp', value: '1' }]);
    expect(fixed.response).toBeUndefined();
    expect(fixed.request.headers).toEqual({ Timestamp: '1' });
  });
});
