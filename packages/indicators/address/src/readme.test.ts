/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { normalizeAddress, plugin } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

testReadme(plugin, README, { url: 'https://github.com/tclint/tclint/tree/main/packages/indicators/address' });

describe('README', () => {
  it('tells the truth in the usage and library examples', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('Address', { ip: ' [FE80::1%eth0]/128 ' }));
    expect(result.output?.values.ip).toBe('fe80:0:0:0:0:0:0:1');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['address/whitespace', 'address/brackets', 'address/zone-id', 'address/prefix', 'address/ipv6-form']);

    expect(normalizeAddress('2001:0DB8::1%eth0')).toMatchObject({
      ok: false,
      value: '2001:db8:0:0:0:0:0:1',
      family: 6,
      problems: [
        { rule: 'zone-id', messageId: 'zoneId', fix: '2001:0DB8::1' },
        { rule: 'ipv6-form', messageId: 'compressed', fix: '2001:db8:0:0:0:0:0:1%eth0' },
      ],
    });
    expect(normalizeAddress('010.0.0.1').value).toBeUndefined();
    expect(README).toContain(normalizeAddress('2001:0DB8:1234:0000:0000:0000:0000:0000').problems[0]!.message);
  });
});
