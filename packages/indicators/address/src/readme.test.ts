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

    expect(normalizeAddress('2001:0DB8::1%eth0')).toEqual({ ok: false, value: '2001:db8:0:0:0:0:0:1', family: 6 });
    expect(engine.check(indicator('Address', { ip: '2001:0DB8::1%eth0' })).messages.map((m) => [m.ruleId, m.messageId, (m.fix as { value: string }).value])).toEqual([
      ['address/zone-id', 'zoneId', '2001:0DB8::1'],
      ['address/ipv6-form', 'compressed', '2001:db8:0:0:0:0:0:1%eth0'],
    ]);
    expect(normalizeAddress('010.0.0.1')).toEqual({ ok: false, family: 4 });
    expect(README).toContain(engine.check(indicator('Address', { ip: '2001:0DB8:1234:0000:0000:0000:0000:0000' })).messages[0]!.message);
  });
});
