import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectUrl, plugin, SCHEMELESS_CONFIDENCE, URL_CONFIDENCE } from './index.js';

describe('detectUrl', () => {
  it.each(['http://example.com', 'http://EXAMPLE.com', 'HTTPS://example.com/a?b#c', 'ftp://10.0.0.1/', 'http://[::1]/', ' http://example.com ', 'hxxp://example[.]com/', 'svn+ssh://host/'])(
    '%j is a URL, confidently',
    (value) => {
      expect(detectUrl(value)).toEqual({ type: 'URL', confidence: URL_CONFIDENCE });
    },
  );

  it.each(['example.com/path', 'www.example.com/', 'example.com:8080/path', '212.192.241.155/up/setup.exe', '1.2.3.4:8080/x'])('%j could be a URL without its scheme', (value) => {
    expect(detectUrl(value)).toEqual({ type: 'URL', confidence: SCHEMELESS_CONFIDENCE });
  });

  it.each(['', 'example.com', '10.0.0.0/8', 'abc:def:10:0:0:0:0:0/48', 'mailto:user@example.com', 'user@example.com', 'HKEY_LOCAL_MACHINE\\Software', '/path/only', 'ASN12345', 'update.bat/x', '10.0.0.1/24'])(
    '%j is not detected as a URL',
    (value) => {
      expect(detectUrl(value)).toBeUndefined();
    },
  );

  it("is above the Host package's 0.9, so a URL is never taken for a host; a scheme-less URL is typed URL, and url/scheme says what is missing", () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    expect(URL_CONFIDENCE).toBeGreaterThan(0.9);
    expect(engine.infer('http://EXAMPLE.com')).toEqual({ status: 'inferred', type: 'URL', confidence: URL_CONFIDENCE });
    expect(engine.infer('example.com/path')).toEqual({ status: 'inferred', type: 'URL', confidence: SCHEMELESS_CONFIDENCE });
    expect(engine.infer('212.192.241.155/up/setup.exe')).toEqual({ status: 'inferred', type: 'URL', confidence: SCHEMELESS_CONFIDENCE });
    expect(engine.check(indicatorFromSummary('example.com/path')).messages.map((m) => m.ruleId)).toEqual(['url/scheme']);
  });
});
