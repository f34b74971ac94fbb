import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeSignature, signRequest, UnsendableUrlError } from './index.js';

// @tclint/tc-auth signs; this package re-exports it where users have found it.
describe('signRequest, re-exported', () => {
  it('signs the first test vector of the spec', () => {
    const headers = signRequest({ method: 'GET', url: 'https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common%20Community', accessId: '12345', secretKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCD', timestamp: 1513703787 });
    expect(headers).toEqual({ Timestamp: '1513703787', Authorization: 'TC 12345:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=' });
    expect(computeSignature('k', '/v2/owners:GET:1')).toBe(createHmac('sha256', 'k').update('/v2/owners:GET:1').digest('base64'));
  });

  it('refuses a URL with a raw space, naming the URL to sign instead', () => {
    expect(() => signRequest({ method: 'GET', url: '/api/v2/owners?owner=Common Community', accessId: '1', secretKey: 'k', timestamp: 1 })).toThrow(UnsendableUrlError);
  });
});
