import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signerFor } from './last-signer.js';
import { SECRET } from './testing/exchanges.js';

const hmac = (signed: string) => new Uint8Array(createHmac('sha256', SECRET).update(signed).digest());

describe('signerFor', () => {
  it('signs the request as ThreatConnect does: the target as sent, the method upper-cased', () => {
    const { correct, signer } = signerFor(SECRET, 'get', 'https://tc.example/api/v2/owners?a=%20b#x');
    expect(correct).toEqual({ key: SECRET, method: 'GET', target: { origin: 'https://tc.example', path: '/api/v2/owners', query: 'a=%20b' } });
    expect(signer.digest('1513703787')).toEqual(hmac('/api/v2/owners?a=%20b:GET:1513703787'));
  });

  it('gives the same signer again for the same request, and a new one for another', () => {
    const first = signerFor(SECRET, 'GET', '/api/v2/owners');
    expect(signerFor(SECRET, 'GET', `/api/v2/${'owners'}`)).toBe(first);
    expect(signerFor(SECRET, 'POST', '/api/v2/owners')).not.toBe(first);
    const other = signerFor(`${SECRET}x`, 'GET', '/api/v2/owners');
    expect(other).not.toBe(first);
    expect(other.signer.digest('1')).not.toEqual(first.signer.digest('1'));
  });

  it('hands out digests the caller may change without changing the next answer', () => {
    const { signer } = signerFor(SECRET, 'GET', '/api/v2/groups');
    const digest = signer.digest('1513703787');
    digest.fill(0);
    expect(signer.digest('1513703787')).toEqual(hmac('/api/v2/groups:GET:1513703787'));
    expect(signer.digest('1513703788')).toEqual(hmac('/api/v2/groups:GET:1513703788'));
    expect(signer.digest('1513703787')).toEqual(hmac('/api/v2/groups:GET:1513703787'));
  });
});
