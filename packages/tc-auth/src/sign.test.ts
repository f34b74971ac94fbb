import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnsendableUrlError } from './request-line.js';
import { computeSignature, hmacSha256, signatureBase, signRequest } from './sign.js';

const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

// threatconnect.md §3: the three test vectors.
const VECTORS = [
  {
    method: 'GET',
    url: 'https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common%20Community',
    timestamp: 1513703787,
    base: '/api/v2/indicators/hosts/example.com?Owner=Common%20Community:GET:1513703787',
    signature: 'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=',
  },
  { method: 'GET', url: '/v2/owners', timestamp: 1513703787, base: '/v2/owners:GET:1513703787', signature: 'G1c2L5ifQa/c7g526q9K8j9LMef8YdryYf+6WjYSpiE=' },
  { method: 'POST', url: '/api/v3/indicators', timestamp: 1700000000, base: '/api/v3/indicators:POST:1700000000', signature: 'AWsat5z3+m2/UEXX1EcFnNv/91/18GY/6DuoPBj+vqY=' },
];

describe('the spec test vectors', () => {
  for (const v of VECTORS) {
    it(v.base, () => {
      expect(signatureBase(v)).toBe(v.base);
      expect(computeSignature(SECRET, v.base)).toBe(v.signature);
      expect(signRequest({ ...v, accessId: '12345', secretKey: SECRET })).toEqual({
        Timestamp: String(v.timestamp),
        Authorization: `TC 12345:${v.signature}`,
      });
      expect(createHmac('sha256', SECRET).update(v.base).digest('base64'), 'the vector itself').toBe(v.signature);
    });
  }
});

/** Any UTF-16 code units, lone surrogates included. */
const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((units) => String.fromCharCode(...units));

describe('HMAC-SHA256 against node:crypto', () => {
  it('for any key and message as UTF-8 (lone surrogates become U+FFFD), keys longer than a block included', () => {
    fc.assert(
      fc.property(fc.oneof(utf16, fc.string({ minLength: 65, maxLength: 200 })), utf16, (key, message) => {
        expect(Buffer.from(hmacSha256(key, message)).toString('base64')).toBe(createHmac('sha256', key).update(message).digest('base64'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('signatureBase', () => {
  it('uses the request-line bytes without decoding or re-encoding', () => {
    expect(signatureBase({ method: 'get', url: 'https://h.example/api/v2/x%2Fy?a=%41+b&c=d#frag', timestamp: '1' })).toBe('/api/v2/x%2Fy?a=%41+b&c=d:GET:1');
  });
  it('keeps an empty query and adds the leading slash of a bare path', () => {
    expect(signatureBase({ method: 'GET', url: 'https://h.example?', timestamp: 5 })).toBe('/?:GET:5');
    expect(signatureBase({ method: 'GET', url: 'v2/owners', timestamp: 5 })).toBe('/v2/owners:GET:5');
  });
  it('rejects a fractional timestamp', () => {
    expect(() => signatureBase({ method: 'GET', url: '/', timestamp: 1.5 })).toThrow(TypeError);
  });
  it('refuses a URL that no request line can carry, and ignores the fragment (never sent)', () => {
    expect(() => signatureBase({ method: 'GET', url: '/v2/owners?owner=Common Community', timestamp: 5 })).toThrow(UnsendableUrlError);
    expect(signatureBase({ method: 'GET', url: '/v2/owners#a b', timestamp: 5 })).toBe('/v2/owners:GET:5');
  });
});

describe('signRequest', () => {
  it('defaults the timestamp to now, in seconds', () => {
    const before = Math.floor(Date.now() / 1000);
    const { Timestamp } = signRequest({ method: 'GET', url: '/v2/owners', accessId: '1', secretKey: SECRET });
    expect(Number(Timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(Timestamp)).toBeLessThanOrEqual(before + 2);
  });
  it.each([
    [{ timestamp: 1700000000000 }, /milliseconds.*1700000000/],
    [{ timestamp: 1.5 }, /whole seconds/],
    [{ timestamp: '17e8' }, /whole seconds/],
    [{ timestamp: 'x'.repeat(100) }, /got a string of 100 characters/],
    [{ accessId: '' }, /accessId is required/],
    [{ accessId: '123 ' }, /accessId starts or ends with whitespace/],
    [{ accessId: '1:2' }, /accessId must not contain/],
    [{ secretKey: `${SECRET}\n` }, /secretKey starts or ends with whitespace/],
    [{ url: '/v2/owners?owner=Common Community' }, /a space at character 24.*sign the URL as it is sent: \/v2\/owners\?owner=Common%20Community$/],
    [{ url: `/v2/owners?key=${SECRET} x` }, /a space at character .*percent-encode it and sign the URL as it is sent$/],
  ])('rejects %o, never showing the secret key', (override, error) => {
    const input = { method: 'GET', url: '/v2/owners', accessId: '1', secretKey: SECRET, timestamp: 1, ...override };
    expect(() => signRequest(input)).toThrow(error);
    try {
      signRequest(input);
    } catch (e) {
      expect(String(e)).not.toContain(SECRET);
      expect(JSON.stringify(e)).not.toContain(SECRET);
    }
  });

  it('signs the corrected URL it proposes exactly as tcex signs what requests sends (owner=Common%20Community)', () => {
    let error: unknown;
    try {
      signRequest({ method: 'GET', url: 'https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common Community', accessId: '12345', secretKey: SECRET, timestamp: 1513703787 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsendableUrlError);
    const corrected = (error as UnsendableUrlError).sendableUrl!;
    expect(signRequest({ method: 'GET', url: corrected, accessId: '12345', secretKey: SECRET, timestamp: 1513703787 }).Authorization).toBe(`TC 12345:${VECTORS[0]!.signature}`);
  });
});
