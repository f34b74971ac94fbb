import { exchangeSubject, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { isCredentialField, redactText, secretsOf } from './secrets.js';

const exchange = (authorization: string, secretKey?: string) =>
  exchangeSubject({ request: { method: 'GET', url: '/api/v3/groups', headers: { authorization } }, ...(secretKey && { secretKey }) });

describe('secretsOf', () => {
  it('masks the HMAC signature but not the access id', () => {
    const secrets = secretsOf(exchange('TC 12345678901234567890:c2lnbmF0dXJlLXZhbHVl', 'the-secret-key'));
    expect(redactText('header TC 12345678901234567890:c2lnbmF0dXJlLXZhbHVl', secrets)).toBe('header [REDACTED]');
    expect(redactText('signature c2lnbmF0dXJlLXZhbHVl; access id 12345678901234567890; key the-secret-key', secrets)).toBe('signature [REDACTED]; access id 12345678901234567890; key [REDACTED]');
  });

  it('masks a token', () => {
    const secrets = secretsOf(exchange('TC-Token abcdefgh-token-1234'));
    expect(redactText('token abcdefgh-token-1234 expired', secrets)).toBe('token [REDACTED] expired');
  });

  it('has nothing to mask for other subjects', () => {
    expect(secretsOf(indicator('ASN', { 'AS Number': 'ASN1' }))).toEqual([]);
    expect(secretsOf(undefined)).toEqual([]);
  });

  it('knows which fix fields hold credentials', () => {
    expect(isCredentialField('request.headers.Authorization')).toBe(true);
    expect(isCredentialField('request.headers.authorization')).toBe(true);
    expect(isCredentialField('request.headers.Timestamp')).toBe(false);
  });
});
