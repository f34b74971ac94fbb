import { exchangeSubject, indicator, messageSubject } from '@tclint/core';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createLinter } from './linter.js';
import { OFFICIAL_PLUGINS } from './official.js';

// The official packages, end to end; only facts the seeds fix are asserted.
describe('with the official packages', () => {
  const linter = createLinter();

  it('every rule has an id, a description and a docs URL', () => {
    const rules = linter.rules();
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(rule.description).not.toBe('');
      expect(rule.docsUrl).toMatch(/^https:\/\//);
    }
  });

  it('every package names itself and its published version (meta follows package.json through `changeset version`)', () => {
    const require = createRequire(import.meta.url);
    for (const plugin of OFFICIAL_PLUGINS) {
      const manifest = require(`${plugin.meta.name}/package.json`) as { name: string; version: string };
      expect(plugin.meta, manifest.name).toMatchObject({ name: manifest.name, version: manifest.version });
    }
  });

  it('diagnoses a rejected v3 create by the indicator rules, with the corrected body', () => {
    const exchange = exchangeSubject({
      request: { method: 'POST', url: 'https://tc.example/api/v3/indicators', headers: {}, body: JSON.stringify({ type: 'ASN', 'AS Number': 'AS 12345', rating: 2 }) },
      response: { status: 400, headers: {}, body: JSON.stringify({ status: 'Error', errCode: '0x1001', message: 'Invalid indicator' }) },
    });
    const result = linter.diagnose(exchange);
    const format = result.diagnoses.filter((d) => d.classId === 'indicator-format');
    expect(format.length).toBeGreaterThan(0);
    expect(format[0]!.ruleId.startsWith('asn/')).toBe(true);
    expect(format[0]!.field).toBe('AS Number');
    expect(result.output?.request.body).toBe(JSON.stringify({ type: 'ASN', 'AS Number': 'ASN12345', rating: 2 }));
  });

  it('a valid indicator passes clean', () => {
    expect(linter.check(indicator('ASN', { 'AS Number': 'ASN12345' })).messages).toEqual([]);
  });

  it('a signature mismatch message is recognized', () => {
    const result = linter.diagnose(messageSubject('Signature data did not match expected result'));
    expect(result.diagnoses.map((d) => d.classId)).toContain('signature');
  });
});
