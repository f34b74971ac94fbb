import { createEngine, indicator } from '@tclint/core';
import { version } from '../package.json';
import { describe, expect, it } from 'vitest';
import defaultPlugin, { plugin } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const fix = (address: string) => engine.fix(indicator('EmailAddress', { address }));

describe('the plugin', () => {
  it('is the default export too, with namespace email-address and every rule on at its severity in recommended', () => {
    expect(defaultPlugin).toBe(plugin);
    expect(plugin.meta).toEqual({ name: '@tclint/indicator-email-address', version, namespace: 'email-address' });
    expect(plugin.configs.recommended.rules).toEqual({
      'email-address/whitespace': 'error',
      'email-address/structure': 'error',
      'email-address/local-part': 'error',
      'email-address/local-part-length': 'warn',
      'email-address/domain': 'error',
      'email-address/domain-case': 'warn',
      'email-address/typographic-dash': 'warn',
      'email-address/domain-name': 'warn',
      'email-address/platform-pattern': 'error',
    });
  });

  it('gives every rule a docs URL pointing at its README section, and applies them to EmailAddress only', () => {
    for (const [id, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta.docsUrl).toBe(`https://github.com/tclint/tclint/tree/main/packages/indicators/email-address#email-address${id}`);
      expect(rule.meta.types).toEqual(['EmailAddress']);
    }
    expect(engine.check(indicator('Host', { hostName: 'a@B' })).messages).toEqual([]);
  });

  it('fixes several problems in passes: whitespace, root dot, Punycode; the local part keeps its case', () => {
    const result = fix(' Hans.Mueller@Faß.DE. ');
    expect(result.output?.values.address).toBe('Hans.Mueller@xn--fa-hia.de');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['email-address/whitespace', 'email-address/domain', 'email-address/domain']);
    expect(result.messages).toEqual([]);
  });

  it('normalizes the domain exactly as the Host package does (both use @tclint/hostname)', async () => {
    const { toAsciiHost } = await import('@tclint/hostname');
    for (const domain of ['ÖSTERREICH.icom.museum', 'Faß.de', 'ｅｘａｍｐｌｅ。ｃｏｍ', 'EXAMPLE.com', '例え.jp']) {
      expect(fix(`Local.Part@${domain}`).output?.values.address).toBe(`Local.Part@${toAsciiHost(domain)}`);
    }
  });

  it('reports each problem once, from one rule, on the address field, and fixes what it safely can', () => {
    const result = fix(' john..doe@EXAMPLE.com ');
    expect(result.messages.map((m) => `${m.ruleId}#${m.messageId}`)).toEqual(['email-address/local-part#dots']);
    expect(result.output?.values.address).toBe('john..doe@example.com');
    expect(result.messages.every((m) => m.field === 'address' && m.severity === 'error')).toBe(true);
  });

  it('calls what ThreatConnect refuses an error and what it accepts a warning (issue 15)', () => {
    const severities = (address: string) => engine.check(indicator('EmailAddress', { address })).messages.map((m) => [m.ruleId, m.severity]);
    expect(severities('John.Doe@EXAMPLE.com')).toEqual([['email-address/domain-case', 'warning']]);
    expect(severities('"john doe"@example.com')).toEqual([['email-address/local-part', 'error']]);
    expect(severities('Ünïcode@example.com')).toEqual([['email-address/local-part', 'error']]);
    expect(severities('user@localhost')).toEqual([['email-address/domain', 'error']]);
  });

  it('does not take a URL path for an address, and warns when one is given as an EmailAddress (issue 16)', () => {
    expect(engine.infer('/xwunThedic@t6.php')).toEqual({ status: 'unknown' });
    expect(engine.check(indicator('EmailAddress', { address: '/xwunThedic@t6.php' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([['email-address/domain-name', 'warning']]);
  });
});
