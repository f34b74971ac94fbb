import { describe, expect, it } from 'vitest';
import { scanUrl, type Span } from './scan-url.js';

/** The parts a scan found, as text. */
function parts(value: string) {
  const scan = scanUrl(value);
  const text = (span: Span | undefined) => (span ? value.slice(span.start, span.end) : undefined);
  return {
    url: value.slice(scan.start, scan.end),
    scheme: text(scan.scheme),
    authority: text(scan.authority),
    userinfo: text(scan.userinfo),
    host: text(scan.host),
    port: text(scan.port),
    afterHost: text(scan.afterHost),
  };
}

describe('scanUrl', () => {
  it('finds every part without changing any', () => {
    expect(parts(' HTTP://User:P@ss@WWW.Example.COM:8080/A/../b?Q=1#F ')).toEqual({
      url: 'HTTP://User:P@ss@WWW.Example.COM:8080/A/../b?Q=1#F',
      scheme: 'HTTP',
      authority: 'User:P@ss@WWW.Example.COM:8080',
      userinfo: 'User:P@ss',
      host: 'WWW.Example.COM',
      port: '8080',
      afterHost: undefined,
    });
  });

  it.each([
    ['http://example.com', 'example.com', undefined],
    ['http://example.com/', 'example.com', undefined],
    ['http://example.com?q', 'example.com', undefined],
    ['http://example.com#f', 'example.com', undefined],
    ['http://example.com:80', 'example.com', '80'],
    ['http://example.com:', 'example.com', ''],
    ['http://example.com\\path', 'example.com', undefined],
    ['foo://example.com\\path', 'example.com\\path', undefined],
    ['http://[2001:db8::1]:8080/', '[2001:db8::1]', '8080'],
    ['http://[::1', '[::1', undefined],
    ['http://a@b/c@d', 'b', undefined],
    ['http://2001:db8::1/', '2001', 'db8::1'],
    ['file:///etc/passwd', '', undefined],
  ])('%j: host %j, port %j', (value, host, port) => {
    expect(parts(value).host).toBe(host);
    expect(parts(value).port).toBe(port);
  });

  it('keeps text after "]" that is not a port apart', () => {
    expect(parts('http://[::1]x:80/').afterHost).toBe('x:80');
  });

  it.each(['example.com/path', 'example.com:8080/path', 'localhost:3000', 'LOCALHOST:3000/x', '//example.com', '1http://x', ' ', '', 'ht tp://x'])('%j has no scheme', (value) => {
    expect(parts(value).scheme).toBeUndefined();
  });

  it.each([
    ['mailto:user@example.com', 'mailto'],
    ['urn:isbn:0451450523', 'urn'],
    ['tel:5551234', 'tel'],
    ['svn+ssh://example.com/', 'svn+ssh'],
    ['http:example.com', 'http'],
  ])('%j has the scheme %j', (value, scheme) => {
    expect(parts(value).scheme).toBe(scheme);
  });

  it('finds no authority without "//"', () => {
    expect(parts('mailto:user@example.com').host).toBeUndefined();
    expect(parts('http:/example.com').host).toBeUndefined();
  });
});
