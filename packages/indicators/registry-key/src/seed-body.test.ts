import { createEngine, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { SEED_BODY, SEED_BODY_JSON, SEED_CORRECT_KEY, SEED_INCORRECT_KEY } from './seeds.js';

const engine = createEngine({ config: [plugin.configs.recommended] });

describe('the seed examples under the recommended config', () => {
  it('accepts the seed request body as it is', () => {
    expect(SEED_BODY['Key Name']).toBe('HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd}');
    const result = engine.fix(indicator('Registry Key', SEED_BODY));
    expect(result.messages).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('fixes the seed INCORRECT key to the seed CORRECT key in a full indicator', () => {
    const result = engine.fix(indicator('Registry Key', { 'Key Name': SEED_INCORRECT_KEY, 'Value Name': ' ', 'Value Type': 'REG_NONE' }));
    expect(result.output?.values['Key Name']).toBe(SEED_CORRECT_KEY);
    expect(result.messages).toEqual([]);
  });

  it('refuses the seed key with its JSON escaping left in (ThreatConnect\'s pattern refuses "\\\\" right after the root), and fixes it', () => {
    const escaped = /"Key Name": "([^"]*)"/.exec(SEED_BODY_JSON)![1]!;
    const result = engine.check(indicator('Registry Key', { ...SEED_BODY, 'Key Name': escaped }));
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['registry-key/key-name', 'error']]);
    expect(engine.fix(indicator('Registry Key', { ...SEED_BODY, 'Key Name': escaped })).output?.values).toEqual(SEED_BODY);
  });
});
