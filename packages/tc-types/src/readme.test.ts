import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RECORDED_INDICATOR_TYPES, recordedIndicatorTypes } from './index.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

describe('README', () => {
  it("quotes the recorded reply's provenance exactly", () => {
    const quote = readme
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .map((line) => line.slice(2))
      .join(' ');
    expect(quote).toBe(RECORDED_INDICATOR_TYPES._about);
  });

  it("usage example's answers", () => {
    const types = recordedIndicatorTypes();
    expect(types.check('ASN', 'AS Number', 'ASN12345')).toEqual({ kind: 'match', pattern: '[Aa][Ss][Nn][1-4]?\\d{1,8}' });
    expect(types.check('ASN', 'AS Number', 'ASN500000000')).toEqual({ kind: 'mismatch', patterns: ['[Aa][Ss][Nn][1-4]?\\d{1,8}'] });
    expect(types.check('Registry Key', 'Value Type', 'reg_sz')).toMatchObject({ kind: 'not-an-option', options: expect.arrayContaining(['REG_NONE']) });
    const failures = types.failures('File', { md5: 'd41d8cd98f00b204e9800998ecf8427e', sha1: 'not a hash' });
    expect(failures.map((f) => [f.field.name, f.value, f.verdict])).toEqual([['sha1', 'not a hash', { kind: 'mismatch', patterns: ['\\b([a-fA-F\\d]{40})\\b'] }]]);
    expect(types.typesMatching('example.com').map((m) => m.type.name)).toEqual(['Host']);
  });

  it('lists every recorded type in its table, with its fields and case preference', () => {
    for (const type of recordedIndicatorTypes().types) {
      const row = readme.split('\n').find((line) => line.startsWith(`| ${type.name} |`));
      expect(row, type.name).toBeDefined();
      for (const field of type.fields) expect(row).toContain(`\`${field.name}\``);
      expect(row!.split('|')[3]!.trim()).toBe(type.casePreference ?? '');
    }
  });
});
