import { createEngine, indicatorFromSummary } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { detectAddress, plugin } from './index.js';

describe('detectAddress', () => {
  it.each(['10.0.0.1', '0.0.0.0', '2001:db8:0:0:0:0:0:1', '2001:db8::1', '::1', '::ffff:1.2.3.4', 'FE80::1%eth0', '[2001:db8::1]', ' 10.0.0.1 ', '2001:0DB8::0001'])(
    'is sure %j is an Address',
    (value) => {
      expect(detectAddress(value)).toEqual({ type: 'Address', confidence: 0.9 });
    },
  );

  it.each(['010.0.0.1', '0x0a.0.0.1', '256.0.0.1', '10.0.0.1:8080', '[2001:db8::1]:443'])('calls %j an Address with a problem no rule fixes, less confidently', (value) => {
    expect(detectAddress(value)).toEqual({ type: 'Address', confidence: 0.6 });
  });

  it.each(['10.1', '1.2.3.4.5', '10.0.1'])('only guesses that the short dotted form %j could be an Address', (value) => {
    expect(detectAddress(value)).toEqual({ type: 'Address', confidence: 0.3 });
  });

  it.each(['', '12345', '10.0.0.1/32', '10.0.0.0/8', '2001:db8::/48', 'example.com', 'http://10.0.0.1/', '1[.]2[.]3[.]4', 'ASN12345', 'd41d8cd98f00b204e9800998ecf8427e', 'HKLM\\Software'])(
    'does not claim %j',
    (value) => {
      expect(detectAddress(value)).toBeUndefined();
    },
  );

  it('lets the engine type and fix an untyped address, and leaves a /32 to CIDR', () => {
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.fix(indicatorFromSummary(' [2001:0DB8::1] '));
    expect(result.subject.type).toBe('Address');
    expect(result.output?.values).toEqual({ ip: '2001:db8:0:0:0:0:0:1' });
    expect(engine.check(indicatorFromSummary('10.0.0.1/32')).messages.map((m) => m.ruleId)).toEqual(['tclint/unknown-type']);
    expect(engine.check(indicatorFromSummary('10.1')).messages.map((m) => m.ruleId)).toEqual(['tclint/ambiguous-type']);
  });
});
