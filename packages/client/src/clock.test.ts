import { describe, expect, it } from 'vitest';
import { createServerClock } from './clock.js';
import { requestTarget } from '@tclint/error-signature';
import { pathBelowBase, resolveRequestUrl } from './request-url.js';

describe('createServerClock', () => {
  const at = Date.parse('2024-01-01T00:00:00Z');

  it('measures the offset from the Date header against the middle of the round trip', () => {
    const clock = createServerClock(30, true);
    expect(clock.measuredOffsetMs).toBeUndefined();
    clock.learn(new Date(at + 3600_000).toUTCString(), at - 100, at + 100);
    expect(clock.measuredOffsetMs).toBe(3600_500);
    expect(clock.offsetMs).toBe(3600_500);
    expect(clock.timestamp(at)).toBe(Math.floor((at + 3600_500) / 1000));
  });

  it('ignores offsets within the tolerance, a missing or unparsable Date, and everything when disabled', () => {
    const clock = createServerClock(30, true);
    clock.learn(new Date(at + 20_000).toUTCString(), at, at);
    expect(clock.offsetMs).toBe(0);
    expect(clock.timestamp(at)).toBe(at / 1000);
    clock.learn(null, at, at);
    clock.learn('not a date', at, at);
    expect(clock.measuredOffsetMs).toBe(20_500);
    const off = createServerClock(30, false);
    off.learn(new Date(at - 3600_000).toUTCString(), at, at);
    expect(off.offsetMs).toBe(0);
  });
});

describe('resolveRequestUrl', () => {
  it('appends paths to the base URL as they are, keeping an /api prefix', () => {
    expect(resolveRequestUrl('https://tc.example/api', '/v2/owners').href).toBe('https://tc.example/api/v2/owners');
    expect(resolveRequestUrl('https://tc.example/api/', 'v2/owners').href).toBe('https://tc.example/api/v2/owners');
    expect(resolveRequestUrl('https://tc.example/api', 'https://other.example/v2/owners').href).toBe('https://other.example/v2/owners');
  });

  it('gives the URL fetch will send, so the signed target is what goes on the request line', () => {
    const url = resolveRequestUrl('https://tc.example/api', '/v2/indicators/hosts/example.com?owner=Common Community&x=a%2Bb');
    expect(requestTarget(url.href)).toBe('/api/v2/indicators/hosts/example.com?owner=Common%20Community&x=a%2Bb');
  });
});

describe('pathBelowBase', () => {
  it('gives the path and query below the base path, or the whole URL outside it', () => {
    const url = new URL('https://tc.example/tc/api/v2/indicators/asns?owner=x');
    expect(pathBelowBase('https://tc.example/tc/api', url)).toBe('/v2/indicators/asns?owner=x');
    expect(pathBelowBase('https://tc.example/tc/api/', url)).toBe('/v2/indicators/asns?owner=x');
    expect(pathBelowBase('https://tc.example', url)).toBe('/tc/api/v2/indicators/asns?owner=x');
    expect(pathBelowBase('https://other.example/tc/api', url)).toBe(url.href);
    expect(pathBelowBase('https://tc.example/tc/apix', url)).toBe(url.href);
  });
});
