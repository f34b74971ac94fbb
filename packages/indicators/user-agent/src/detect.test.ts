import { createEngine, indicatorFromSummary, shapeOf } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectUserAgent, plugin, readProductTokens } from './index.js';

describe('detectUserAgent', () => {
  it.each([
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1',
    '  Mozilla/5.0 (X11; Linux x86_64)\r\n',
  ])('is sure %j is a User Agent', (value) => {
    expect(detectUserAgent(value)).toEqual({ type: 'User Agent', confidence: 0.95 });
  });

  it.each([
    'curl/7.',
    'curl/7.88.1',
    'python-requests/2.31.0',
    'Wget/1.21.4 (linux-gnu)',
    'Go-http-client/1.1',
    'Microsoft-CryptoAPI/10.0',
    'okhttp/4.9.0',
    'Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7 Build/TQ3A.230805.001)',
    'mozilla/5.0 (compatible)',
    'Java/1.8.0_151',
  ])('is fairly sure the products %j are a User Agent', (value) => {
    expect(detectUserAgent(value)).toEqual({ type: 'User Agent', confidence: 0.85 });
  });

  it.each(['Invoice/2023 attached', 'Opera/9.80 Presto'])('only guesses that %j, with products without versions, could be one', (value) => {
    expect(detectUserAgent(value)?.confidence).toBeLessThan(0.5);
  });

  it.each([
    '',
    'curl',
    'curl/',
    'curl/x',
    'example.com',
    'example.com/1.0',
    'http://example.com/1.0',
    'hxxp://example[.]com/1',
    '10.0.0.0/8',
    'abc:def:10:0:0:0:0:0/48',
    '2001:db8::1',
    '1.2.3.4',
    'user@example.com',
    'HKEY_LOCAL_MACHINE\\Software\\Microsoft',
    'HKLM/Software/Microsoft',
    'Global\\MyMutex',
    'd41d8cd98f00b204e9800998ecf8427e',
    '#apt28',
    'ASN12345',
    'Re: invoice 2/3',
    // issue 16 item 6: no positive evidence of a User-Agent
    'HTTP/1.1',
    'HTTPS/2',
    'QUJD/1234abcd',
    'aGVsbG8/d29ybGQ=',
    'dGVzdA/9xYz+Qk==',
    'MyBot/1.0',
  ])('does not claim %j', (value) => {
    expect(detectUserAgent(value)).toBeUndefined();
  });

  it('lets the engine type and fix an untyped value', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary('curl/8.4.0\r\n'));
    expect(result.subject.type).toBe('User Agent');
    expect(result.output?.values).toEqual({ 'User Agent String': 'curl/8.4.0' });
  });
});

describe('mayDetectUserAgent', () => {
  it('asks detect only about values with a slash and a digit', () => {
    const mayDetect = (value: string) => plugin.mayDetect?.(shapeOf(value), value.length, value);
    expect(mayDetect('curl/7.88.1')).toBe(true);
    expect(mayDetect('(compatible) curl/7.88.1')).toBe(true);
    expect(mayDetect('Invoice overdue')).toBe(false);
    expect(mayDetect('curl/x')).toBe(false);
    expect(mayDetect('https://example.com/v2/1')).toBe(false);
    expect(mayDetect('10.0.0.0/8')).toBe(false);
  });
});

describe('readProductTokens', () => {
  it('counts products with and without versions, and skips nested comments', () => {
    expect(readProductTokens('Mozilla/5.0 (a (nested) b) Gecko Firefox/115.0')).toEqual({ versioned: 2, bare: 1, startsVersioned: true });
    expect(readProductTokens('Gecko Firefox/115.0')).toEqual({ versioned: 1, bare: 1, startsVersioned: false });
  });

  it('reads a quoted parenthesis in a comment as text', () => {
    expect(readProductTokens('a/1 (x \\) y)')).toEqual({ versioned: 1, bare: 0, startsVersioned: true });
  });

  it.each(['', '   ', '(only a comment)', 'a/1 (unclosed', 'a/1;b/2', 'a/1 b.c/2'])('rejects %j', (value) => {
    expect(readProductTokens(value)).toBeUndefined();
  });
});
