import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';

describe('the plugin, all rules on', () => {
  const engine = createEngine({ config: [plugin.configs.recommended] });
  const fix = (value: string) => engine.fix(indicator('Host', { hostName: value }));

  it.each([
    [' ÖSTERREICH.icom.museum. ', 'xn--sterreich-z7a.icom.museum'],
    ['\tEXAMPLE.com.\n', 'example.com'],
    ['ｅｘａｍｐｌｅ。ｃｏｍ。', 'example.com'],
    ['Faß.DE', 'xn--fa-hia.de'],
    ['xn–metaspport-v43e.com', 'xn--metaspport-v43e.com'],
    ['neurotonix–buy.us', 'neurotonix-buy.us'],
  ])('fixes %j to %j in passes, one fix per field each', (input, expected) => {
    const result = fix(input);
    expect(result.output?.values.hostName).toBe(expected);
    expect(result.messages).toEqual([]);
  });

  it('reports without fixing what it cannot repair', () => {
    const result = fix('10.0.0.1');
    expect(result.output).toBeUndefined();
    expect(result.messages.map((m) => m.ruleId)).toEqual(['host/ip-address']);
  });

  it('calls an upper-case host a warning (ThreatConnect accepts it) and fixes it', () => {
    const result = engine.check(indicator('Host', { hostName: 'EXAMPLE.com' }));
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['host/lowercase', 'warning']]);
  });

  it('reports what ThreatConnect refuses as errors that say the limit is the platform\'s', () => {
    for (const value of ['_dmarc.example.com', 'localhost', 'example.travelersinsurance', 'example.doctor']) {
      const errors = engine.check(indicator('Host', { hostName: value })).messages.filter((m) => m.severity === 'error');
      expect(errors.length, value).toBeGreaterThan(0);
      expect(errors.map((m) => m.message).join(' '), value).toContain("ThreatConnect's Host pattern");
    }
  });

  it('never lower-cases a file name typed as a Host', () => {
    const result = fix('MiniDump.exe');
    expect(result.output).toBeUndefined();
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['host/lowercase', 'warning'],
      ['host/top-level-domain', 'error'],
    ]);
  });

  it('lets the platform pattern say that a value with typographic dashes is refused as written', () => {
    const result = engine.check(indicator('Host', { hostName: 'us‐nation‐ny.cf' }));
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['host/typographic-dash', 'warning'],
      ['host/platform-pattern', 'error'],
    ]);
  });

  it('does not type file names as hosts (issue 16)', () => {
    for (const value of ['update.bat', 'libcurl.dll', 'MiniDump.exe', 'Diseño_pptx.scr']) {
      const result = engine.fix(indicatorFromSummary(value));
      expect(result.subject.type, value).toBeUndefined();
      expect(result.output, value).toBeUndefined();
    }
  });

  it('calls a name whose top-level domain is also a file extension ambiguous', () => {
    for (const value of ['invoice.zip', 'clip.mov']) {
      const result = engine.check(indicatorFromSummary(value));
      expect(result.messages.map((m) => m.ruleId), value).toEqual(['tclint/ambiguous-type']);
      expect(result.messages[0]!.message).toContain('Host');
    }
  });
});
