import { createEngine, indicator } from '@tclint/core';
import { version } from '../package.json';
import { describe, expect, it } from 'vitest';
import defaultPlugin, { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const fix = (ip: string) => engine.fix(indicator('Address', { ip }));
const fixed = (ip: string) => fix(ip).output?.values.ip;
const remaining = (ip: string) => fix(ip).messages.map((m) => `${m.ruleId}#${m.messageId}`);

describe('the plugin', () => {
  it('is the default export too, with namespace address; recommended: errors where ThreatConnect refuses the value, warnings where it stores another form', () => {
    expect(defaultPlugin).toBe(plugin);
    expect(plugin.meta).toEqual({ name: '@tclint/indicator-address', version, namespace: 'address' });
    expect(plugin.configs.recommended.rules).toEqual({
      'address/not-an-address': 'error',
      'address/whitespace': 'error',
      'address/brackets': 'error',
      'address/zone-id': 'error',
      'address/prefix': 'error',
      'address/port': 'error',
      'address/ipv4-form': 'error',
      'address/ipv4-leading-zeros': 'warn',
      'address/embedded-ipv4': 'error',
      'address/ipv6-form': 'warn',
      'address/platform-pattern': 'error',
    });
  });

  it('gives every rule a docs URL pointing at its README section, and applies them to Address only', () => {
    for (const [id, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta.docsUrl).toBe(`https://github.com/tclint/tclint/tree/main/packages/indicators/address#address${id}`);
      expect(rule.meta.types).toEqual(['Address']);
    }
    expect(engine.check(indicator('CIDR', { Block: '10.0.0.0/8' })).messages).toEqual([]);
    expect(engine.check(indicator('Host', { hostName: '010.0.0.1' })).messages).toEqual([]);
  });

  it('fixes several problems of one value in passes, one rule at a time', () => {
    const result = fix(' [FE80::1%eth0]/128 ');
    expect(result.output?.values.ip).toBe('fe80:0:0:0:0:0:0:1');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['address/whitespace', 'address/brackets', 'address/zone-id', 'address/prefix', 'address/ipv6-form']);
    expect(result.messages).toEqual([]);
    expect(fixed('10.0.0.1/32')).toBe('10.0.0.1');
    expect(fixed('::ffff:1.2.3.4')).toBe('0:0:0:0:0:ffff:102:304');
  });

  it('uses @tclint/ip\'s IPv6 formatter: the same form as a CIDR block\'s address', async () => {
    const { formatIPv6 } = await import('@tclint/ip');
    for (const ip of ['2001:0DB8:1234::', '::', '::ffff:1.2.3.0', 'abc:0def:10:000:00::']) expect(fixed(ip)).toBe(formatIPv6(ip));
  });

  it('fixes what it safely can and leaves the rest reported', () => {
    expect(fixed(' 010.0.0.1 ')).toBe('010.0.0.1');
    expect(remaining(' 010.0.0.1 ')).toEqual(['address/ipv4-leading-zeros#leadingZeros']);
    expect(fixed('[2001:DB8::1]:443')).toBe('[2001:db8:0:0:0:0:0:1]:443');
    expect(remaining('[2001:DB8::1]:443')).toEqual(['address/port#port']);
    expect(fixed('10.0.0.0/8')).toBeUndefined();
    expect(remaining('10.0.0.0/8')).toEqual(['address/prefix#cidrBlock']);
  });

  it('reports each problem once, from one rule, on the ip field', () => {
    const messages = engine.check(indicator('Address', { ip: ' [2001:0DB8::1%eth0]/128 ' })).messages;
    expect(messages.map((m) => `${m.ruleId}#${m.messageId}`)).toEqual([
      'address/whitespace#surroundingWhitespace',
      'address/brackets#brackets',
      'address/zone-id#zoneId',
      'address/prefix#singleAddressBlock',
      'address/ipv6-form#compressed',
    ]);
    expect(messages.every((m) => m.field === 'ip')).toBe(true);
    expect(messages.map((m) => m.severity)).toEqual(['error', 'error', 'error', 'error', 'warning']);
  });

  it('can be configured rule by rule', () => {
    const lenient = createEngine({ config: [plugin.configs.recommended, { rules: { 'address/brackets': 'warn', 'address/ipv6-form': 'off', 'address/platform-pattern': 'off' } }] });
    const messages = lenient.check(indicator('Address', { ip: '[2001:db8::1]' })).messages;
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['address/brackets', 'warning']]);
  });

  it('reports what ThreatConnect refuses as errors, and what it accepts but stores otherwise as warnings', () => {
    const severities = (ip: string) => engine.check(indicator('Address', { ip })).messages.map((m) => `${m.ruleId}:${m.severity}`);
    expect(severities('2001:db8::1')).toEqual(['address/ipv6-form:warning']);
    expect(severities('2001:DB8:0:0:0:0:0:1')).toEqual(['address/ipv6-form:warning']);
    expect(severities('010.0.0.1')).toEqual(['address/ipv4-leading-zeros:warning']);
    expect(severities('0010.0.0.1')).toEqual(['address/ipv4-form:error']);
    expect(severities('::ffff:1.2.3.4')).toEqual(['address/embedded-ipv4:error']);
    expect(severities('fe80::1%eth0')).toEqual(['address/zone-id:error', 'address/ipv6-form:warning']);
    expect(severities('10.0.0.0/8')).toEqual(['address/prefix:error']);
    expect(severities('1:2:3:4::5:6:7:8')).toEqual(['address/ipv6-form:warning']);
  });

  it('has the platform pattern as a backstop: quiet when a rule explains the error, the error when none does', () => {
    const withoutBrackets = createEngine({ config: [plugin.configs.recommended, { rules: { 'address/brackets': 'off' } }] });
    expect(withoutBrackets.check(indicator('Address', { ip: '[10.0.0.1]' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([['address/platform-pattern', 'error']]);
    expect(engine.check(indicator('Address', { ip: '[10.0.0.1]' })).messages.map((m) => m.ruleId)).toEqual(['address/brackets']);
  });
});
