import { createEngine, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { analyzeBlock } from './analyze-block.js';
import { plugin } from './index.js';
import { normalizeCidr } from './normalize.js';

const engine = createEngine({ config: [plugin.configs.recommended] });
const check = (block: string) => engine.check(indicator('CIDR', { Block: block }));

describe('normalizeCidr', () => {
  it('says ok and returns the value itself for a block in ThreatConnect form', () => {
    expect(normalizeCidr('abc:def:10:0:0:0:0:0/48')).toEqual({ ok: true, value: 'abc:def:10:0:0:0:0:0/48', family: 6 });
    expect(normalizeCidr('10.0.0.0/8')).toEqual({ ok: true, value: '10.0.0.0/8', family: 4 });
  });

  it('gives the ThreatConnect form with every fixable problem fixed, as the rules fix it', () => {
    expect(normalizeCidr(' 2001:0DB8::1/048')).toEqual({ ok: false, value: '2001:db8:0:0:0:0:0:0/48', family: 6 });
    // each rule's own fix corrects its one problem and keeps the rest
    expect(check(' 2001:0DB8::1/048').messages.map((m) => [m.ruleId, m.messageId, (m.fix as { value: string } | undefined)?.value])).toEqual([
      ['cidr/whitespace', 'surroundingWhitespace', '2001:0DB8::1/048'],
      ['cidr/ipv6-form', 'compressed', ' 2001:db8:0:0:0:0:0:1/048'],
      ['cidr/prefix', 'leadingZeros', ' 2001:0DB8::1/48'],
      ['cidr/host-bits', 'hostBits', ' 2001:db8:0:0:0:0:0:0/048'],
    ]);
  });

  it('gives no value when a problem cannot be fixed', () => {
    const result = normalizeCidr('fe80::1%eth0/64');
    expect(result.value).toBeUndefined();
    const messages = check('fe80::1%eth0/64').messages;
    expect(messages.map((m) => m.ruleId)).toEqual(['cidr/zone-id', 'cidr/ipv6-form', 'cidr/host-bits']);
    expect(messages[0]).not.toHaveProperty('fix');
  });

  it('treats a non-string as empty instead of throwing', () => {
    expect(normalizeCidr(undefined as unknown as string)).toEqual({ ok: false });
    expect(analyzeBlock(undefined as unknown as string).kind).toBe('empty');
  });

  it('cuts long values down in messages', () => {
    const long = `10.0.0.0/${'9'.repeat(10_000)}`;
    const [found] = check(long).messages;
    expect(found?.messageId).toBe('outOfRange');
    expect(found!.message.length).toBeLessThan(300);
    expect(found!.message).toContain('(10009 characters)');
  });
});

describe('analyzeBlock', () => {
  it('reads each part of a block with its position, for the rules to fix one part and keep the rest', () => {
    expect(analyzeBlock(' FE80::1%eth0/0064 ')).toEqual({
      value: ' FE80::1%eth0/0064 ',
      kind: 'block',
      family: 6,
      start: 1,
      end: 18,
      address: 'FE80::1',
      zone: 'eth0',
      slash: 13,
      prefixText: '0064',
      ipv6: { compressed: true, uppercase: true, formatted: 'fe80:0:0:0:0:0:0:1' },
      prefix: 64,
      prefixIssue: 'leadingZeros',
      network: 'fe80:0:0:0:0:0:0:0',
    });
  });
});
