import { createEngine, defineRule, definePlugin, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS, assertFastOnLongInput, fastest, MB, testLongInputs } from './long-inputs.js';

// A rule that is quadratic in its value's length: the helper must catch it.
const quadratic = defineRule({
  meta: { id: 'quadratic', subject: 'indicator', types: ['Mutex'], description: 'slow', messages: { slow: 'slow' }, severity: 'error' },
  check(subject) {
    const value = subject.values.Mutex ?? '';
    let sum = 0;
    for (let i = 0; i < value.length; i += 4096) for (let j = i; j < value.length; j++) sum += value.charCodeAt(j);
    if (sum < 0) throw new Error('unreachable');
  },
});
const linear = defineRule({
  meta: { id: 'linear', subject: 'indicator', types: ['Mutex'], description: 'fast', messages: { long: 'long: {{value}}' }, severity: 'warn' },
  check(subject, context) {
    if ((subject.values.Mutex ?? '').length > 10) context.report({ messageId: 'long', data: { value: 'x' } });
  },
});
const plugin = (rules: Record<string, typeof linear>) => definePlugin({ meta: { name: 'fixture', version: '0', namespace: 'fx' }, rules });
const mutex = (value: string) => indicator('Mutex', { Mutex: value });

describe('long inputs', () => {
  it('the shared inputs are 1 MB each', () => {
    for (const value of Object.values(ADVERSARIAL_INPUTS)) expect(value.length).toBeGreaterThanOrEqual(MB - 3);
  });

  it('fastest takes the best of its runs', () => {
    let call = 0;
    const times = [30, 5, 30];
    const ms = fastest(() => {
      const until = performance.now() + times[call++]!;
      while (performance.now() < until);
    });
    expect(call).toBe(3);
    expect(ms).toBeLessThan(20);
  });

  it('passes a linear rule and fails a quadratic one, and slow extra work', () => {
    const fast = createEngine({ config: [plugin({ linear }).configs!.recommended!] });
    assertFastOnLongInput(fast, mutex(ADVERSARIAL_INPUTS.digits!));
    const slow = createEngine({ config: [plugin({ quadratic }).configs!.recommended!] });
    expect(() => assertFastOnLongInput(slow, mutex(ADVERSARIAL_INPUTS.digits!))).toThrow(/100/);
    expect(() => assertFastOnLongInput(fast, mutex('x'), () => fastest(() => undefined) + busy(150))).toThrow(/100/);
  });
});

testLongInputs(plugin({ linear }), { subject: mutex, inputs: { digits: ADVERSARIAL_INPUTS.digits! }, warmUp: 'warm', also: (value, engine) => engine.check(mutex(value)) });

function busy(ms: number): number {
  const until = performance.now() + ms;
  while (performance.now() < until);
  return ms;
}
