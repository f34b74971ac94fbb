import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectRegistryKey, plugin } from './index.js';
import { SEED_CORRECT_KEY, SEED_INCORRECT_KEY } from './seeds.js';

const r = String.raw;

describe('detectRegistryKey', () => {
  it.each([
    SEED_CORRECT_KEY,
    SEED_INCORRECT_KEY,
    r`hkcu\Software`,
    r`HKLM:\SOFTWARE`,
    r`\REGISTRY\MACHINE\SOFTWARE`,
    r`Computer\HKEY_CURRENT_USER\Software`,
    r`Registry::HKEY_USERS\.DEFAULT`,
  ])('is sure %j is a Registry Key', (value) => {
    expect(detectRegistryKey(value)).toEqual({ type: 'Registry Key', confidence: 0.9 });
  });

  it.each([r`HKLM\Software\Run : Updater : REG_SZ`, r`x : y : reg_dword`, r`HKEY_LOCAL_MACHINE\Software :   : REG_RESOURCE_LIST`])(
    'recognizes the summary %j by its REG_ type',
    (value) => {
      expect(detectRegistryKey(value)?.confidence).toBeGreaterThanOrEqual(0.5);
    },
  );

  it('claims keys under roots ThreatConnect rejects, so the rules can say why', () => {
    expect(detectRegistryKey(r`HKEY_DYN_DATA\Config Manager`)?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(detectRegistryKey(r`HKEY_FOO\Bar`)?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(detectRegistryKey(r`\REGISTRY\A\x`)?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('is sure of a spelled-out root alone, but only guesses at a bare abbreviation', () => {
    expect(detectRegistryKey('HKEY_LOCAL_MACHINE')?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(detectRegistryKey('HKLM')?.confidence).toBeLessThan(0.5);
  });

  it.each(['', 'example.com', r`C:\Windows\System32`, 'ASN12345', 'md5 : sha1 : sha256', 'HKLMX', r`\\server\share`, 'Global\\MyMutex'])('does not claim %j', (value) => {
    expect(detectRegistryKey(value)).toBeUndefined();
  });
});

describe('with the recommended config', () => {
  const engine = createEngine({ config: [plugin.configs.recommended] });

  it('types and fixes an untyped seed INCORRECT key, adding the Value Name but not inventing a Value Type', () => {
    const result = engine.fix(indicatorFromSummary(SEED_INCORRECT_KEY));
    expect(result.subject.type).toBe('Registry Key');
    expect(result.output?.values).toEqual({ 'Key Name': SEED_CORRECT_KEY, 'Value Name': ' ' });
    expect(result.messages.map((m) => `${m.ruleId}#${m.messageId}`)).toEqual(['registry-key/value-type#missing']);
  });

  it('does what the README usage says', () => {
    const result = engine.fix(
      indicator('Registry Key', {
        'Key Name': 'HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001',
        'Value Name': '',
        'Value Type': 'reg_none',
      }),
    );
    expect(result.output?.values).toEqual({
      'Key Name': 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001',
      'Value Name': ' ',
      'Value Type': 'REG_NONE',
    });
  });

  it('fixes every field of a summary at once', () => {
    const result = engine.fix(indicatorFromSummary(r`hklm:\Software\Run :  : reg_sz`));
    expect(result.output?.values).toEqual({ 'Key Name': r`HKEY_LOCAL_MACHINE\Software\Run`, 'Value Name': ' ', 'Value Type': 'REG_SZ' });
    expect(result.messages).toEqual([]);
  });
});
