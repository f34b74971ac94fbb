import { createEngine, indicator, INDICATOR_TYPES } from '@tclint/core';
import { version } from '../package.json';
import { describe, expect, it } from 'vitest';
import defaultPlugin, { DEFANGABLE_TYPES, plugin, refang } from './index.js';

const engine = createEngine({ config: [plugin.configs.recommended] });

describe('the plugin', () => {
  it('is the default export too, with namespace defanged and every rule on at its severity in recommended', () => {
    expect(defaultPlugin).toBe(plugin);
    expect(plugin.meta).toEqual({ name: '@tclint/indicator-defanged', version, namespace: 'defanged' });
    expect(plugin.configs.recommended.rules).toEqual({ 'defanged/scheme': 'error', 'defanged/colon': 'error', 'defanged/dot': 'error', 'defanged/at': 'error', 'defanged/accepted': 'warn' });
  });

  it('applies its rules to Host, URL, Address, CIDR and EmailAddress only, with docs URLs pointing at the README', () => {
    expect([...DEFANGABLE_TYPES]).toEqual(['Host', 'URL', 'Address', 'CIDR', 'EmailAddress']);
    for (const [id, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta.types).toEqual(DEFANGABLE_TYPES);
      expect(rule.meta.docsUrl).toBe(`https://github.com/tclint/tclint/tree/main/packages/indicators/defanged#defanged${id}`);
    }
  });

  it('never touches brackets or backslashes in Registry Keys, Mutexes, User Agents or any other type', () => {
    const values: Record<string, Record<string, string>> = {
      'Registry Key': { 'Key Name': 'HKEY_LOCAL_MACHINE\\Software\\Classes\\[.]exe\\{at}\\(dot)', 'Value Name': '[@]', 'Value Type': 'REG_SZ' },
      Mutex: { Mutex: 'Global\\hxxp[:]//{.}(at)[dot]' },
      'User Agent': { 'User Agent String': 'hxxp://Mozilla/5.0 (compatible; bot[at]example[.]com; +http[://]example(.)com)' },
      'Email Subject': { Subject: 'Invoice from paypal[.]com (at) once' },
      Hashtag: { Hashtag: '#evil[.]com' },
      File: { md5: 'd41d8cd98f00b204e9800998ecf8427e' },
      ASN: { 'AS Number': 'ASN[.]1' },
    };
    for (const info of INDICATOR_TYPES) {
      if ((DEFANGABLE_TYPES as readonly string[]).includes(info.name)) continue;
      const subject = indicator(info.name, values[info.name]!);
      const result = engine.fix(subject);
      expect(result.messages, info.name).toEqual([]);
      expect(result.changes, info.name).toEqual([]);
    }
  });

  it('refangs every family of a value in passes, one rule at a time', () => {
    const result = engine.fix(indicator('URL', { text: 'hXXps[:]//evil[.]example[.]net/login(.)php?u=john[at]example[.]com' }));
    expect(result.output?.values.text).toBe('https://evil.example.net/login.php?u=john@example.com');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['defanged/scheme', 'defanged/colon', 'defanged/dot', 'defanged/at']);
    expect(result.messages).toEqual([]);
    expect(refang('hXXps[:]//evil[.]example[.]net/login(.)php?u=john[at]example[.]com')).toBe(result.output?.values.text);
  });

  it('can be configured rule by rule', () => {
    const lenient = createEngine({ config: [plugin.configs.recommended, { rules: { 'defanged/dot': 'warn', 'defanged/at': 'off' } }] });
    const messages = lenient.check(indicator('EmailAddress', { address: 'john[at]example[.]com' })).messages;
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['defanged/dot', 'warning']]);
  });
});
