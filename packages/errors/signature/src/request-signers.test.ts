import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { requestSigner, requestSigners } from './request-signers.js';
import { SECRET } from './testing/exchanges.js';

const hmac = (signed: string) => new Uint8Array(createHmac('sha256', SECRET).update(signed).digest());

describe('requestSigner', () => {
  it('signs the request as ThreatConnect does: the target as sent, the method upper-cased', () => {
    const { correct, signer } = requestSigner(SECRET, 'get', 'https://tc.example/api/v2/owners?a=%20b#x');
    expect(correct).toEqual({ key: SECRET, method: 'GET', target: { origin: 'https://tc.example', path: '/api/v2/owners', query: 'a=%20b' } });
    expect(signer.digest('1513703787')).toEqual(hmac('/api/v2/owners?a=%20b:GET:1513703787'));
  });

  it('hands out digests the caller may change without changing the next answer', () => {
    const { signer } = requestSigner(SECRET, 'GET', '/api/v2/groups');
    const digest = signer.digest('1513703787');
    digest.fill(0);
    expect(signer.digest('1513703787')).toEqual(hmac('/api/v2/groups:GET:1513703787'));
    expect(signer.digest('1513703788')).toEqual(hmac('/api/v2/groups:GET:1513703788'));
    expect(signer.digest('1513703787')).toEqual(hmac('/api/v2/groups:GET:1513703787'));
  });
});

describe('requestSigners (the shared analysis of a request URL)', () => {
  it('gives the same signer again for the same key and method, and a new one for another', () => {
    const signerFor = requestSigners.analyze('/api/v2/owners');
    const first = signerFor(SECRET, 'GET');
    expect(signerFor(SECRET, 'GET')).toBe(first);
    expect(signerFor(SECRET, 'POST')).not.toBe(first);
    const other = signerFor(`${SECRET}x`, 'GET');
    expect(other).not.toBe(first);
    expect(other.signer.digest('1')).not.toEqual(first.signer.digest('1'));
  });

  it('keeps nothing between analyses: another subject gets its own signers', () => {
    const first = requestSigners.analyze('/api/v2/owners')(SECRET, 'GET');
    expect(requestSigners.analyze('/api/v2/owners')(SECRET, 'GET')).not.toBe(first);
  });
});
