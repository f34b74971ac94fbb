import { createEngine } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectHost, HOST_CONFIDENCE, plugin } from './index.js';

describe('detectHost', () => {
  it.each([
    'example.com',
    'xn--sterreich-z7a.icom.museum',
    'österreich.icom.museum',
    'EXAMPLE.COM',
    'www.example.co.uk',
    '_dmarc.example.com',
    'example.com.',
    ' example.com ',
    'example。com',
    'пример.рф',
    'example.xn--p1ai',
    'a-b.example.com',
  ])('%j is a Host, confidently', (value) => {
    expect(detectHost(value)).toEqual({ type: 'Host', confidence: HOST_CONFIDENCE });
  });

  it.each([
    '',
    'localhost',
    'example',
    '10.0.0.1',
    '2001:db8::1',
    '[::1]',
    'http://example.com',
    'example.com/path',
    'example.com:8080',
    'user@example.com',
    'a..com',
    'example.123',
    'example.c',
    'example[.]com',
    'exa mple.com',
    'ASN12345',
    'HKEY_LOCAL_MACHINE\\Software',
    'abc:def:10:0:0:0:0:0/48',
    'd41d8cd98f00b204e9800998ecf8427e',
  ])('%j is not detected as a Host', (value) => {
    expect(detectHost(value)).toBeUndefined();
  });

  it('lets the engine type a raw value', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    expect(engine.infer('österreich.icom.museum')).toEqual({ status: 'inferred', type: 'Host', confidence: HOST_CONFIDENCE });
  });
});
