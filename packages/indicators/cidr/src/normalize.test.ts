import { describe, expect, it } from 'vitest';
import { analyzeBlock, normalizeCidr } from './normalize.js';

describe('normalizeCidr', () => {
  it('says ok and returns the value itself for a block in ThreatConnect form', () => {
    expect(normalizeCidr('abc:def:10:0:0:0:0:0/48')).toEqual({ ok: true, value: 'abc:def:10:0:0:0:0:0/48', family: 6, problems: [] });
    expect(normalizeCidr('10.0.0.0/8')).toEqual({ ok: true, value: '10.0.0.0/8', family: 4, problems: [] });
  });

  it('gives the ThreatConnect form with every fixable problem fixed, and each problem with its own fix', () => {
    const result = normalizeCidr(' 2001:0DB8::1/048');
    expect(result.value).toBe('2001:db8:0:0:0:0:0:0/48');
    expect(result.problems.map((p) => [p.rule, p.messageId, p.fix])).toEqual([
      ['whitespace', 'surroundingWhitespace', '2001:0DB8::1/048'],
      ['ipv6-form', 'compressed', ' 2001:db8:0:0:0:0:0:1/048'],
      ['prefix', 'leadingZeros', ' 2001:0DB8::1/48'],
      ['host-bits', 'hostBits', ' 2001:db8:0:0:0:0:0:0/048'],
    ]);
  });

  it('gives no value when a problem cannot be fixed', () => {
    const result = normalizeCidr('fe80::1%eth0/64');
    expect(result.value).toBeUndefined();
    expect(result.problems.map((p) => p.rule)).toEqual(['zone-id', 'ipv6-form', 'host-bits']);
    expect(result.problems[0]).not.toHaveProperty('fix');
  });

  it('treats a non-string as empty instead of throwing', () => {
    expect(normalizeCidr(undefined as unknown as string).problems.map((p) => p.messageId)).toEqual(['empty']);
  });

  it('cuts long values down in messages', () => {
    const long = `10.0.0.0/${'9'.repeat(10_000)}`;
    const [found] = normalizeCidr(long).problems;
    expect(found?.messageId).toBe('outOfRange');
    expect(found!.message.length).toBeLessThan(300);
    expect(found!.message).toContain('(10009 characters)');
  });
});

describe('analyzeBlock', () => {
  it('answers from memory for the value it saw last, and afresh for another', () => {
    const first = analyzeBlock('10.0.0.1/8');
    expect(analyzeBlock('10.0.0.1/8')).toBe(first);
    expect(analyzeBlock('10.0.0.0/8')).not.toBe(first);
    expect(analyzeBlock('10.0.0.1/8')).toEqual(first);
  });
});
