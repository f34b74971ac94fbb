import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

describe('detect', () => {
  const detect = plugin.detect;

  it('an IP address with a prefix length is CIDR, confidently', () => {
    for (const value of ['10.0.0.0/8', 'abc:def:10:0:0:0:0:0/48', 'abc:def:10::/48', '2001:db8::1/48', '10.0.0.0/255.0.0.0', ' 10.0.0.0/8 ', 'fe80::/64']) {
      expect(detect(value), value).toEqual({ type: 'CIDR', confidence: 0.9 });
    }
  });

  it('a block with a problem that cannot be fixed is still CIDR, less confidently', () => {
    for (const value of ['010.0.0.0/8', '10.0.0.0/33', 'fe80::%eth0/64', '10.0.0.0/255.0.255.0']) {
      expect(detect(value), value).toEqual({ type: 'CIDR', confidence: 0.6 });
    }
  });

  it('a short dotted number with a slash only could be CIDR', () => {
    expect(detect('1.5/10')).toEqual({ type: 'CIDR', confidence: 0.3 });
  });

  it('a bare IP address is not CIDR', () => {
    for (const value of ['10.0.0.1', '2001:db8::1', '2001:0DB8:1234:0000:0000:0000:0000:0000', 'fe80::1%eth0']) expect(detect(value), value).toBeUndefined();
  });

  it('an address followed by a path, a bare slash or anything but a prefix length is not CIDR (issue 16: a URL without a scheme)', () => {
    for (const value of ['212.192.241.155/up/setup.exe', '212.192.241.155/', '10.0.0.1/index.html', '10.0.0.0/abc', '10.0.0.0/ 8', '2001:db8::1/path/x', 'fe80::1%eth0/a']) {
      expect(detect(value), value).toBeUndefined();
    }
    const engine = createEngine({ config: [plugin.configs.recommended] });
    expect(engine.check(indicatorFromSummary('212.192.241.155/up/setup.exe')).messages.map((m) => m.ruleId)).toEqual(['tclint/unknown-type']);
  });

  it('a zone id is read only when it looks like an interface name', () => {
    expect(detect('fe80::%eth0.1_x-y/64')).toEqual({ type: 'CIDR', confidence: 0.6 });
    expect(detect('fe80::%é/64')).toBeUndefined();
  });

  it('other indicators are not CIDR', () => {
    for (const value of ['', 'example.com', 'example.com/24', 'http://10.0.0.0/8', 'ASN12345', 'HKEY_LOCAL_MACHINE\\Software', '1/2', 'd41d8cd98f00b204e9800998ecf8427e']) {
      expect(detect(value), value).toBeUndefined();
    }
  });

  it('lets the engine type and fix an untyped block', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary('2001:0DB8:1234::/48'));
    expect(result.subject.type).toBe('CIDR');
    expect(result.output?.kind === 'indicator' && result.output.values.Block).toBe('2001:db8:1234:0:0:0:0:0/48');
    expect(engine.check(indicatorFromSummary('10.0.0.1')).messages[0]?.ruleId).toBe('tclint/unknown-type');
  });
});
