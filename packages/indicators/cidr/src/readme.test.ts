import { readFileSync } from 'node:fs';
import { createEngine, indicator } from '@tclint/core';
import { testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { formatIPv6, parseIPv4 } from '@tclint/ip';
import { normalizeCidr, plugin } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

testReadme(plugin, README, { url: 'https://github.com/tclint/tclint/tree/main/packages/indicators/cidr' });

describe('README', () => {
  it('tells the truth in the usage and library examples', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicator('CIDR', { Block: '2001:0DB8:1234::/48' }));
    expect(result.output?.kind === 'indicator' && result.output.values.Block).toBe('2001:db8:1234:0:0:0:0:0/48');
    const fixed = engine.fix(indicator('CIDR', { Block: '  2001:0DB8::1/048 ' }));
    expect(fixed.output?.kind === 'indicator' && fixed.output.values.Block).toBe('2001:db8:0:0:0:0:0:0/48');
    expect(fixed.changes.map((c) => c.ruleId)).toEqual(['cidr/whitespace', 'cidr/ipv6-form', 'cidr/prefix', 'cidr/host-bits']);

    expect(normalizeCidr('10.0.0.1/8')).toEqual({ ok: false, value: '10.0.0.0/8', family: 4 });
    expect(normalizeCidr('010.0.0.0/8')).toEqual({ ok: false, family: 4 });
    expect(formatIPv6('::ffff:1.2.3.4')).toBe('0:0:0:0:0:ffff:102:304');
    expect(formatIPv6('fe80::1%eth0')).toBeUndefined();
    expect(parseIPv4('10.0.0.1')).toEqual([10, 0, 0, 1]);
    expect(parseIPv4('010.0.0.1')).toBeUndefined();
    expect(README).toContain('Host bits are set in "10.0.0.1/8": 10.0.0.1 is not the network address of its /8 block; the network address is 10.0.0.0');
    expect(README).toContain(engine.check(indicator('CIDR', { Block: '2001:0DB8:1234::/48' })).messages[0]!.message);
  });
});
