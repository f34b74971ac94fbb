import { ConfigError, indicator, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { createLinter } from './linter.js';
import { OFFICIAL_PLUGINS } from './official.js';
import { TEST_PLUGINS, testAsn } from '@tclint/test-plugins';
import { collect } from './testing/collect.js';

describe('createLinter', () => {
  it('loads every official package by default', () => {
    const linter = createLinter();
    expect(linter.engine.config.plugins.map((p) => p.meta.namespace)).toEqual([
      'address',
      'email-address',
      'file',
      'host',
      'url',
      'asn',
      'cidr',
      'email-subject',
      'hashtag',
      'mutex',
      'registry-key',
      'user-agent',
      'defanged',
      'signature',
      'timestamp',
      'access-denied',
      'unauthorized',
      'tcex-main',
    ]);
    expect(OFFICIAL_PLUGINS).toHaveLength(18);
  });

  it('runs a chosen subset with their recommended configs, and rule overrides', () => {
    const linter = createLinter({ plugins: [testAsn] });
    expect(linter.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages.map((m) => m.ruleId)).toEqual(['asn/prefix']);
    const quiet = createLinter({ plugins: [testAsn], rules: { 'asn/prefix': 'off' } });
    expect(quiet.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages).toEqual([]);
    const allowed = createLinter({ plugins: [testAsn], extraConfig: [{ rules: { 'asn/private': ['warn', { allow: true }] } }] });
    expect(allowed.check(indicator('ASN', { 'AS Number': 'ASN64512' })).messages).toEqual([]);
  });

  it('with a config, runs only what the config turns on', () => {
    const linter = createLinter({ plugins: TEST_PLUGINS, config: [{ rules: { 'asn/private': 'error' } }] });
    expect(linter.check(indicator('ASN', { 'AS Number': 'AS 1' })).messages).toEqual([]);
    expect(linter.check(indicator('ASN', { 'AS Number': 'ASN64512' })).messages.map((m) => [m.ruleId, m.severity])).toEqual([['asn/private', 'error']]);
  });

  it('throws a ConfigError listing every problem', () => {
    try {
      createLinter({ plugins: [testAsn], rules: { 'asn/nope': 'error', 'x/y': 'warn' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('fixes, infers types, and streams with checkAll/fixAll', async () => {
    const linter = createLinter({ plugins: TEST_PLUGINS });
    expect(linter.fix(indicatorFromSummary('AS 12')).output).toEqual({ kind: 'indicator', type: 'ASN', values: { 'AS Number': 'ASN12' } });
    async function* subjects() {
      yield indicator('ASN', { 'AS Number': 'AS 1' });
      yield indicator('ASN', { 'AS Number': 'ASN2' });
    }
    expect((await collect(linter.checkAll(subjects()))).map((r) => r.errorCount)).toEqual([1, 0]);
    expect((await collect(linter.fixAll([indicator('ASN', { 'AS Number': '7' })]))).map((r) => r.output?.kind === 'indicator' && r.output.values)).toEqual([{ 'AS Number': 'ASN7' }]);
  });

  it('lists rules with default and configured severity', () => {
    const linter = createLinter({ plugins: TEST_PLUGINS, rules: { 'asn/private': 'off' } });
    const rules = linter.rules();
    expect(rules.map((r) => r.id)).toEqual(['asn/prefix', 'asn/private', 'host/trailing-dot', 'registry-key/value-type', 'signature/message', 'signature/mismatch']);
    expect(rules[0]).toEqual({ id: 'asn/prefix', plugin: 'test-asn', subject: 'indicator', types: ['ASN'], description: 'AS numbers are written ASN<n>', defaultSeverity: 'error', severity: 'error', fixable: true, docsUrl: 'https://example.test/asn#prefix' });
    expect(rules[1]).toMatchObject({ id: 'asn/private', defaultSeverity: 'warn', severity: 'off', fixable: false });
    expect(rules[5]).toMatchObject({ subject: 'exchange', classId: 'signature' });
  });
});
