import { createEngine, indicator } from '@tclint/core';
import { testAsn } from '@tclint/test-plugins';
import { describe, expect, it } from 'vitest';
import { typeNameFix } from './type-name.js';

const engine = createEngine({ config: [testAsn.configs.recommended] });

describe('typeNameFix', () => {
  it('turns a feed alias into a fix of the type: a change, the output, and no alias warning left', () => {
    const result = engine.fix(indicator('AS', { 'AS Number': 'ASN1' }));
    expect(result.messages.map((m) => m.ruleId)).toEqual(['tclint/type-alias']);
    const fixed = typeNameFix('AS', result);
    expect(fixed).toMatchObject({ messages: [], warningCount: 0, errorCount: 0, output: { type: 'ASN', values: { 'AS Number': 'ASN1' } } });
    expect(fixed.changes).toEqual([{ ruleId: 'tclint/type-alias', field: 'type', from: 'AS', to: 'ASN' }]);
  });

  it('keeps the value fixes and the other messages', () => {
    const fixed = typeNameFix('asn', engine.fix(indicator('asn', { 'AS Number': 'AS 2' })));
    expect(fixed.changes.map((c) => [c.field, c.to])).toEqual([['type', 'ASN'], ['AS Number', 'ASN2']]);
    expect(fixed.output).toMatchObject({ type: 'ASN', values: { 'AS Number': 'ASN2' } });
  });

  it('leaves a result alone when the record names the type as ThreatConnect does, names none, or names an unknown type', () => {
    const same = engine.fix(indicator('ASN', { 'AS Number': 'AS 3' }));
    expect(typeNameFix('ASN', same)).toBe(same);
    expect(typeNameFix(' ASN ', same)).toBe(same);
    expect(typeNameFix(undefined, same)).toBe(same);
    const unknown = engine.fix(indicator('Addres', { value1: '1.2.3.4' }));
    expect(unknown.messages.map((m) => m.ruleId)).toEqual(['tclint/unknown-type']);
    expect(typeNameFix('Addres', unknown)).toBe(unknown);
  });
});
