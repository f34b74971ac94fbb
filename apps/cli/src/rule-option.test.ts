import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { parseRuleOption, parseRuleOptions } from './rule-option.js';

describe('--rule values', () => {
  it('takes "<id>: <severity>" in any spacing and case', () => {
    expect(parseRuleOption('asn/reserved: off')).toEqual({ 'asn/reserved': 'off' });
    expect(parseRuleOption('  host/underscore:ERROR ')).toEqual({ 'host/underscore': 'error' });
    expect(parseRuleOption('asn/format: 1')).toEqual({ 'asn/format': 1 });
  });

  it('takes [severity, options] as JSON', () => {
    expect(parseRuleOption('cidr/host-bits: ["warn", {"fix": false}]')).toEqual({ 'cidr/host-bits': ['warn', { fix: false }] });
  });

  it('takes a JSON object of settings, later values winning', () => {
    expect(parseRuleOptions(['{"asn/format": "off", "asn/reserved": "error"}', 'asn/format: warn'])).toEqual({ 'asn/format': 'warn', 'asn/reserved': 'error' });
  });

  it.each([
    ['asn/format', 'expected'],
    ['format: off', 'is not a rule id'],
    ['asn/format: loud', 'severity must be'],
    ['asn/format: ["warn"', 'not valid JSON'],
    ['asn/format: ["warn", {}, 3]', 'severity must be'],
    ['["asn/format"]', 'expected'],
  ])('rejects %j as a usage error', (value, why) => {
    expect(() => parseRuleOption(value)).toThrow(CliError);
    expect(() => parseRuleOption(value)).toThrow(why);
  });
});
