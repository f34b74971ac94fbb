import { describe, expect, it } from 'vitest';
import { signRequest, type SignedHeaders, type SignRequestInput } from '@tclint/error-signature';

// The spec's HMAC test vectors, through the signing the client uses (@tclint/error-signature).
const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

describe('signRequest (as the client signs)', () => {
  it.each([
    ['GET', 'https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common%20Community', '1513703787', 'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM='],
    ['GET', '/v2/owners', '1513703787', 'G1c2L5ifQa/c7g526q9K8j9LMef8YdryYf+6WjYSpiE='],
    ['post', 'https://app.threatconnect.com/api/v3/indicators', '1700000000', 'AWsat5z3+m2/UEXX1EcFnNv/91/18GY/6DuoPBj+vqY='],
  ])('%s %s at %s', (method, url, timestamp, signature) => {
    const input: SignRequestInput = { method, url, accessId: '12345', secretKey: SECRET, timestamp };
    const headers: SignedHeaders = signRequest(input);
    expect(headers).toEqual({ Timestamp: timestamp, Authorization: `TC 12345:${signature}` });
  });

  it('throws a TypeError that does not contain the secret key', () => {
    expect(() => signRequest({ method: 'GET', url: '/v2/owners', accessId: '1', secretKey: `${SECRET}\n` })).toThrow(TypeError);
    try {
      signRequest({ method: 'GET', url: '/v2/owners', accessId: '1', secretKey: `${SECRET}\n` });
    } catch (error) {
      expect(String(error)).not.toContain(SECRET);
    }
  });
});
