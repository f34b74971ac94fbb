import { describe, expect, it } from 'vitest';
import { hostOf, parseRequestTarget, requestTarget } from './request-target.js';

describe('parseRequestTarget', () => {
  it.each([
    ['https://tc.example:8443/api/v2/owners?a=b%20c#frag', { origin: 'https://tc.example:8443', path: '/api/v2/owners', query: 'a=b%20c' }],
    ['https://tc.example', { origin: 'https://tc.example', path: '/' }],
    ['https://tc.example?x', { origin: 'https://tc.example', path: '/', query: 'x' }],
    ['/v2/owners', { path: '/v2/owners' }],
    ['v2/owners?', { path: '/v2/owners', query: '' }],
    ['/a:b/c', { path: '/a:b/c' }],
    ['1http://x/y', { path: '/1http://x/y' }],
  ])('%s', (url, expected) => {
    expect(parseRequestTarget(url)).toEqual(expected);
  });

  it('requestTarget is the path and query as the request line carries them', () => {
    expect(requestTarget('https://tc.example/api/v2/owners?x=a%2Bb#y')).toBe('/api/v2/owners?x=a%2Bb');
  });
});

describe('hostOf', () => {
  it.each([
    ['https://tc.example.com/api/v2/owners', 'tc.example.com'],
    ['https://user:pw@tc.example.com:8443/api?x#y', 'tc.example.com:8443'],
    ['https://[::1]/api', '[::1]'],
    ['/api/v2/owners', undefined],
    ['https://bad host/api', undefined],
    ['https://', undefined],
  ])('%s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});
