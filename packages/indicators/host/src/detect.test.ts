import { createEngine } from '@tclint/core';
import { testMayDetect } from '@tclint/rule-tester';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectHost, FILE_LIKE_CONFIDENCE, HOST_CONFIDENCE, plugin } from './index.js';

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
    'example.doctor',
    'neurotonix–buy.us',
  ])('%j is a Host, confidently', (value) => {
    expect(detectHost(value)).toEqual({ type: 'Host', confidence: HOST_CONFIDENCE });
  });

  it.each(['invoice.zip', 'clip.mov', 'setup.py', 'install.sh'])('%j is only a guess (a file name as well)', (value) => {
    expect(detectHost(value)).toEqual({ type: 'Host', confidence: FILE_LIKE_CONFIDENCE });
    expect(FILE_LIKE_CONFIDENCE).toBeLessThan(0.5);
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
    // file names (issue 16)
    'update.bat',
    'libcurl.dll',
    'MiniDump.exe',
    'Diseño_pptx.scr',
  ])('%j is not detected as a Host', (value) => {
    expect(detectHost(value)).toBeUndefined();
  });

  it('lets the engine type a raw value', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    expect(engine.infer('österreich.icom.museum')).toEqual({ status: 'inferred', type: 'Host', confidence: HOST_CONFIDENCE });
  });
});

const PIECES = ['a', 'Z', 'com', 'de', 'zip', 'exe', 'xn--', 'xn--p1ai', 'рф', 'ö', '例', '1', '0x1f', '255', '.', '。', '．', '-', '_', '–', ' ', '\t', '\u00a0', ':', '/', '@', '[', ']', '\ud800', '😀'];
testMayDetect(plugin, {
  arbitrary: fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')), fc.string(), fc.domain()),
  values: ['example.com', 'пример.рф', 'example。com', ' example.com ', 'invoice.zip', 'update.bat', 'example.com.', 'example.xn--p1ai', 'a.b.c1', '1.2.3.4', '1.2.3.4.', ' 10.0.0.1 ', 'a.１２３'],
});
