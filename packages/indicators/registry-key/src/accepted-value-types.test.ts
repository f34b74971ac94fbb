import { createEngine, indicator } from '@tclint/core';
import { RECORDED_INDICATOR_TYPES } from '@tclint/tc-types';
import { describe, expect, it } from 'vitest';
import { acceptedValueTypes } from './accepted-value-types.js';
import { VALUE_TYPES } from './constants.js';
import { plugin } from './index.js';

/** The recorded reply with Registry Key's value3Option replaced: an instance that accepts other Value Types. */
function replyWithValueTypes(options: string): unknown {
  const reply = structuredClone(RECORDED_INDICATOR_TYPES) as unknown as { indicatorType: Record<string, unknown>[] };
  const registryKey = reply.indicatorType.find((t) => t.name === 'Registry Key')!;
  registryKey.value3Option = options;
  return reply;
}

describe('acceptedValueTypes', () => {
  it("is the recorded reply's value3Option by default", () => {
    expect(acceptedValueTypes({})).toBe(VALUE_TYPES);
  });

  it("is the value3Option of the user's own reply", () => {
    expect(acceptedValueTypes({ indicatorTypes: replyWithValueTypes('REG_SZ;REG_RESOURCE_LIST') })).toEqual(['REG_SZ', 'REG_RESOURCE_LIST']);
  });
});

describe('registry-key/value-type with a user\'s own reply', () => {
  const key = { 'Key Name': 'HKEY_LOCAL_MACHINE\\Software', 'Value Name': ' ' };
  const settings = { indicatorTypes: replyWithValueTypes('REG_SZ;REG_RESOURCE_LIST') };
  const engine = createEngine({ config: [plugin.configs.recommended, { settings }] });

  it('accepts a Value Type that instance accepts, and refuses one it does not', () => {
    expect(engine.check(indicator('Registry Key', { ...key, 'Value Type': 'REG_RESOURCE_LIST' })).messages).toEqual([]);
    const [message] = engine.check(indicator('Registry Key', { ...key, 'Value Type': 'REG_DWORD' })).messages;
    expect(message).toMatchObject({ ruleId: 'registry-key/value-type', messageId: 'unknown', message: 'Value Type "REG_DWORD" is not a registry value type ThreatConnect accepts; it must be one of: REG_SZ, REG_RESOURCE_LIST' });
  });

  it('fixes the case to the spelling the instance lists', () => {
    expect(engine.fix(indicator('Registry Key', { ...key, 'Value Type': 'reg_resource_list' })).output?.values['Value Type']).toBe('REG_RESOURCE_LIST');
  });
});
