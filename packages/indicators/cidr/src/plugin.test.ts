import { createEngine, indicator } from '@tclint/core';
import { version } from '../package.json';
import { describe, expect, it } from 'vitest';
import defaultPlugin, { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const fix = (block: string) => engine.fix(indicator('CIDR', { Block: block }));
const remaining = (block: string) => fix(block).messages.map((m) => `${m.ruleId}#${m.messageId}`);
const fixed = (block: string) => {
  const out = fix(block).output;
  return out?.kind === 'indicator' ? out.values.Block : undefined;
};

describe('the plugin', () => {
  it('is the default export too, with namespace cidr; recommended: errors where ThreatConnect refuses the value, warnings where it stores another form', () => {
    expect(defaultPlugin).toBe(plugin);
    expect(plugin.meta).toEqual({ name: '@tclint/indicator-cidr', version, namespace: 'cidr' });
    expect(plugin.configs.recommended.rules).toEqual({
      'cidr/not-a-block': 'error',
      'cidr/whitespace': 'error',
      'cidr/zone-id': 'error',
      'cidr/ipv4-form': 'error',
      'cidr/ipv6-form': 'error',
      'cidr/lowercase': 'warn',
      'cidr/prefix': 'error',
      'cidr/netmask': 'error',
      'cidr/host-bits': 'warn',
      'cidr/platform-pattern': 'error',
    });
  });

  it('gives every rule a docs URL pointing at its README section, and applies them to CIDR only', () => {
    for (const [id, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta.docsUrl).toBe(`https://github.com/tclint/tclint/tree/main/packages/indicators/cidr#cidr${id}`);
      expect(rule.meta.types).toEqual(['CIDR']);
    }
    expect(engine.check(indicator('Address', { ip: '10.0.0.1' })).messages).toEqual([]);
  });

  it('fixes the seed examples to the seed CORRECT form', () => {
    for (const block of ['abc:def:10::/48', '0abc:def:10:0:0:0:0:0/48', 'abc:0def:10:0:0:0:0:0/48', 'abc:def:0010:0:0:0:0:0/48', 'abc:def:10:0000:0000:0000:0000:0000/48']) {
      expect(fixed(block), block).toBe('abc:def:10:0:0:0:0:0/48');
      expect(remaining(block)).toEqual([]);
    }
    expect(fix('abc:def:10:0:0:0:0:0/48').messages).toEqual([]);
  });

  it('fixes several problems of one value in passes, one rule at a time', () => {
    const result = fix('  2001:0DB8::1/048 ');
    expect(result.output?.kind === 'indicator' && result.output.values.Block).toBe('2001:db8:0:0:0:0:0:0/48');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['cidr/whitespace', 'cidr/ipv6-form', 'cidr/prefix', 'cidr/host-bits']);
    expect(result.messages).toEqual([]);
    expect(fixed('10.0.0.1/255.0.0.0')).toBe('10.0.0.0/8');
    expect(fixed('\t::FFFF:1.2.3.4/0120\n')).toBe('0:0:0:0:0:ffff:102:300/120');
  });

  it('fixes what it safely can and leaves the rest reported', () => {
    const zone = fix('FE80::1%eth0/64');
    expect(zone.output?.kind === 'indicator' && zone.output.values.Block).toBe('fe80:0:0:0:0:0:0:0%eth0/64');
    expect(zone.messages.map((m) => m.messageId)).toEqual(['zoneId']);
    expect(fixed('010.0.0.1/08')).toBe('010.0.0.1/8');
    expect(remaining('010.0.0.1/08')).toEqual(['cidr/ipv4-form#leadingZeros']);
    expect(remaining('10.0.0.1')).toEqual(['cidr/not-a-block#missingPrefix']);
    expect(fixed('10.0.0.1')).toBeUndefined();
  });

  it('reports each problem once, from one rule', () => {
    const messages = engine.check(indicator('CIDR', { Block: ' 2001:0DB8::1%eth0/0129 ' })).messages;
    expect(messages.map((m) => `${m.ruleId}#${m.messageId}`)).toEqual(['cidr/whitespace#surroundingWhitespace', 'cidr/zone-id#zoneId', 'cidr/ipv6-form#compressed', 'cidr/prefix#outOfRange']);
    expect(messages.every((m) => m.field === 'Block' && m.severity === 'error')).toBe(true);
  });

  it('can be configured rule by rule', () => {
    const lenient = createEngine({ config: [plugin.configs.recommended, { rules: { 'cidr/host-bits': 'warn', 'cidr/ipv6-form': 'off', 'cidr/platform-pattern': 'off' } }] });
    const messages = lenient.check(indicator('CIDR', { Block: '2001:db8::1/48' })).messages;
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['cidr/host-bits', 'warning']]);
    const strict = createEngine({ config: [plugin.configs.recommended, { rules: { 'cidr/host-bits': 'error', 'cidr/lowercase': 'error' } }] });
    expect(strict.check(indicator('CIDR', { Block: '2001:DB8:0:0:0:0:0:1/48' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['cidr/lowercase', 'error'],
      ['cidr/host-bits', 'error'],
    ]);
  });

  it('reports what ThreatConnect refuses as errors, and what it accepts but stores otherwise as warnings', () => {
    const severities = (block: string) => engine.check(indicator('CIDR', { Block: block })).messages.map((m) => `${m.ruleId}:${m.severity}`);
    expect(severities('2001:db8:0:0:0:0:0:1/48')).toEqual(['cidr/host-bits:warning']);
    expect(severities('10.0.0.1/8')).toEqual(['cidr/host-bits:warning']);
    expect(severities('2001:DB8:0:0:0:0:0:0/32')).toEqual(['cidr/lowercase:warning']);
    expect(severities('2001:db8::/32')).toEqual(['cidr/ipv6-form:error']);
    expect(severities('10.0.0.0/08')).toEqual(['cidr/prefix:error']);
  });

  it('has the platform pattern as a backstop: quiet when a rule explains the error, the error when none does', () => {
    const withoutForm = createEngine({ config: [plugin.configs.recommended, { rules: { 'cidr/ipv6-form': 'off' } }] });
    expect(withoutForm.check(indicator('CIDR', { Block: '2001:db8::/32' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([['cidr/platform-pattern', 'error']]);
    expect(engine.check(indicator('CIDR', { Block: '2001:db8::/32' })).messages.map((m) => m.ruleId)).toEqual(['cidr/ipv6-form']);
  });
});
