import { createEngine, indicator, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectAsn, plugin } from './index.js';

describe('detectAsn', () => {
  it.each(['ASN12345', 'AS12345', 'AS 12345', 'ASN 12345', 'as12345', 'asn 012', 'AS1.10'])('is sure %j is an ASN', (value) => {
    expect(detectAsn(value)).toEqual({ type: 'ASN', confidence: 0.9 });
  });

  it('calls a prefixed number out of range an ASN, so asn/format can say why it is wrong', () => {
    expect(detectAsn('ASN4294967296')?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(detectAsn('AS65536.1')?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each(['12345', '1.10', ' 0 '])('only guesses that the bare number %j could be an ASN', (value) => {
    const detection = detectAsn(value);
    expect(detection?.type).toBe('ASN');
    expect(detection!.confidence).toBeLessThan(0.5);
  });

  it.each(['', 'ASN', 'AS12abc', 'as12.example.com', '1.2.3.4', 'ASN12 34', 'example.com', '99999999999', 'HKLM\\Software'])('does not claim %j', (value) => {
    expect(detectAsn(value)).toBeUndefined();
  });

  it('does what the README usage says', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('ASN', { 'AS Number': 'AS 12345' }));
    expect(result.output?.values['AS Number']).toBe('ASN12345');
  });

  it('lets the engine type and fix an untyped prefixed value', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary('AS 12345'));
    expect(result.subject.type).toBe('ASN');
    expect(result.output?.values).toEqual({ 'AS Number': 'ASN12345' });
  });

  it('makes the engine report a bare number as ambiguous instead of guessing', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.check(indicatorFromSummary('12345'));
    expect(result.messages.map((m) => m.ruleId)).toEqual(['tclint/ambiguous-type']);
    expect(result.messages[0]!.message).toContain('ASN (0.3)');
  });
});
