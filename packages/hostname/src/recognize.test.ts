import { describe, expect, it } from 'vitest';
import { recognizeHostName } from './index.js';

describe('recognizeHostName', () => {
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
    'neurotonix–buy.us',
    'serviciilaser.ro',
  ])('%j reads as a host name', (value) => {
    expect(recognizeHostName(value)).toBe('host');
  });

  it.each(['invoice.zip', 'clip.mov', 'setup.py', 'install.sh', 'Notes.one', 'driver.cab'])('%j may be a file as well', (value) => {
    expect(recognizeHostName(value)).toBe('file-like');
  });

  it.each([
    // file names from real report lines: their last label is no top-level domain
    'update.bat',
    'libcurl.dll',
    'MiniDump.exe',
    'Diseño_pptx.scr',
    't6.php',
    'example.local',
    '',
    'localhost',
    '10.0.0.1',
    '2001:db8::1',
    'http://example.com',
    'example.com/path',
    'example.com:8080',
    'user@example.com',
    'a..com',
    'example.123',
    'example[.]com',
    'exa mple.com',
  ])('%j does not', (value) => {
    expect(recognizeHostName(value)).toBeUndefined();
  });
});
