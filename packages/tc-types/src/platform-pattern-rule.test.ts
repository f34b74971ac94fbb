import { createEngine, defineRule, definePlugin, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { parseIndicatorTypes } from './indicator-types.js';
import { RECORDED_INDICATOR_TYPES } from './recorded.js';
import { platformPatternRule } from './platform-pattern-rule.js';

const pattern = platformPatternRule({ type: 'ASN', docsUrl: 'https://example.test/asn#platform-pattern' });
const explained = defineRule({
  meta: { id: 'range', subject: 'indicator', types: ['ASN'], description: 'at most 9 digits', messages: { long: 'too long' }, severity: 'error' },
  check(subject, context) {
    if ((subject.values['AS Number'] ?? '').length > 12) context.report({ messageId: 'long', field: 'AS Number' });
  },
});
const plugin = definePlugin({ meta: { name: 'asn-test', namespace: 'asn' }, rules: { 'platform-pattern': pattern, range: explained } });
const engine = (settings?: Record<string, unknown>) => createEngine({ config: [plugin.configs.recommended, ...(settings ? [{ settings }] : [])] });
const ids = (settings: Record<string, unknown> | undefined, value: string) => engine(settings).check(indicator('ASN', { 'AS Number': value })).messages.map((m) => m.ruleId);

describe('platformPatternRule', () => {
  it('reports a value the recorded pattern refuses, naming the platform and the pattern', () => {
    const [message] = engine().check(indicator('ASN', { 'AS Number': 'AS 12' })).messages;
    expect(message?.ruleId).toBe('asn/platform-pattern');
    expect(message?.severity).toBe('error');
    expect(message?.message).toBe('ThreatConnect\'s ASN pattern refuses AS Number "AS 12": the platform accepts only values that match it as a whole ([Aa][Ss][Nn][1-4]?\\d{1,8})');
  });

  it('accepts what the pattern accepts, in any case the pattern allows', () => {
    expect(ids(undefined, 'ASN12')).toEqual([]);
    expect(ids(undefined, 'asn499999999')).toEqual([]);
    expect(ids(undefined, 'ASN500000000')).toEqual(['asn/platform-pattern']);
  });

  it('stays quiet where an explanatory rule already reports an error on the field', () => {
    expect(ids(undefined, 'ASN1234567890123')).toEqual(['asn/range']);
  });

  it("uses the user's own reply from settings.indicatorTypes, raw or parsed", () => {
    const reply = structuredClone(RECORDED_INDICATOR_TYPES) as unknown as { indicatorType: { name: string; regexes?: string[] }[] };
    reply.indicatorType.find((t) => t.name === 'ASN')!.regexes = ['ASN\\d{1,3}'];
    expect(ids({ indicatorTypes: reply }, 'ASN1234')).toEqual(['asn/platform-pattern']);
    expect(ids({ indicatorTypes: parseIndicatorTypes(reply) }, 'ASN123')).toEqual([]);
  });

  it('checks allowed values (value<N>Option) exactly', () => {
    const registry = definePlugin({ meta: { name: 'rk-test', namespace: 'rk' }, rules: { 'platform-pattern': platformPatternRule({ type: 'Registry Key' }) } });
    const check = (valueType: string) =>
      createEngine({ config: [registry.configs.recommended] })
        .check(indicator('Registry Key', { 'Key Name': 'HKEY_USERS\\x', 'Value Name': 'v', 'Value Type': valueType }))
        .messages.map((m) => m.messageId);
    expect(check('REG_SZ')).toEqual([]);
    expect(check('reg_sz')).toEqual(['notAnOption']);
  });
});
