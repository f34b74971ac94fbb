import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { DEFANGED_CONFIDENCE, detectDefanged, plugin } from './index.js';

describe('detectDefanged', () => {
  it.each([
    ['hxxp://evil.example.net/x', 'URL', 0.97],
    ['hXXps://evil[.]example[.]net/x', 'URL', 0.97],
    ['hxxps[:]//evil(.)example(.)net', 'URL', 0.97],
    ['http[://]evil[.]example[.]net', 'URL', 0.97],
    ['evil[.]example[.]net', 'Host', 0.92],
    ['www(dot)evil(dot)co(dot)uk', 'Host', 0.92],
    ['xn--sterreich-z7a[.]icom[.]museum', 'Host', 0.92],
    ['john[@]example[.]com', 'EmailAddress', 0.92],
    ['john [at] example [dot] com', 'EmailAddress', 0.92],
    ['john@example[.]com', 'EmailAddress', 0.92],
    ['1[.]2[.]3[.]4', 'Address', 0.92],
    ['2001[:]db8[:][:]1', 'Address', 0.92],
    ['10.0.0[.]0/8', 'CIDR', 0.92],
    [' evil[.]example[.]net ', 'Host', 0.92],
  ])('types %j as %s (%s)', (value, type, confidence) => {
    expect(detectDefanged(value)).toEqual({ type, confidence });
  });

  it('puts each type just above what its own package gives the clean form', () => {
    expect(DEFANGED_CONFIDENCE).toEqual({ URL: 0.97, Host: 0.92, Address: 0.92, CIDR: 0.92, EmailAddress: 0.92 });
  });

  it('types a schemeless path as URL, a little less surely, and only guesses at a short dotted number', () => {
    expect(detectDefanged('evil[.]example[.]net/path')).toEqual({ type: 'URL', confidence: 0.65 });
    expect(detectDefanged('1[.]2[.]3[.]4/gate.php')).toEqual({ type: 'URL', confidence: 0.65 });
    expect(detectDefanged('1[.]2')).toEqual({ type: 'Address', confidence: 0.6 });
  });

  it.each([
    'evil.example.net',
    'http://evil.example.net/',
    '10.0.0.1',
    '[2001:db8::1]',
    'HKEY_LOCAL_MACHINE\\Software\\Classes\\[.]exe',
    'Global\\{.}mutex',
    'Mozilla/5.0 (compatible) [at] bot',
    'Invoice from paypal[.]com',
    '#evil[.]com',
    'ASN[.]1',
    '[.]',
    'a[.]b c',
    'hxxp://evil example',
    'user:pass[@]example[.]com',
  ])('does not claim %j', (value) => {
    expect(detectDefanged(value)).toBeUndefined();
  });

  it('lets the engine type and refang a defanged value', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary('john(at)example(dot)com'));
    expect(result.subject.type).toBe('EmailAddress');
    expect(result.output?.values).toEqual({ address: 'john@example.com' });
  });
});
