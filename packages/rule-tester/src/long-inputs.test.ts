import { execFileSync } from 'node:child_process';
import { createEngine, defineRule, definePlugin, indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS, assertFastOnLongInput, fastest, MB, testLongInputs } from './long-inputs.js';

// A rule that is quadratic in its value's length: the helper must catch it.
const quadratic = defineRule({
  meta: { id: 'quadratic', subject: 'indicator', types: ['Mutex'], description: 'slow', messages: { slow: 'slow' }, severity: 'error' },
  check(subject) {
    const value = subject.values.Mutex ?? '';
    let sum = 0;
    for (let i = 0; i < value.length; i += 2048) for (let j = i; j < value.length; j++) sum += value.charCodeAt(j);
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

  it('fastest takes the best of its runs, in CPU time', () => {
    let call = 0;
    const times = [30, 5, 30];
    const ms = fastest(() => busy(times[call++]!), { runs: 3 });
    expect(call).toBe(3);
    expect(ms).toBeGreaterThanOrEqual(5);
    expect(ms).toBeLessThan(20);
  });

  it('fastest does not count the time the process is not running', () => {
    // the parent waits 200 ms for a child process: no CPU time of its own
    expect(fastest(() => execFileSync(process.execPath, ['-e', 'const until = Date.now() + 200; while (Date.now() < until);']), { runs: 1 })).toBeLessThan(100);
  });

  it('fastest stops at the first run under the budget, and gives each run the input `before` made', () => {
    const inputs: number[] = [];
    let made = 0;
    const ms = fastest((input) => inputs.push(busy(input)), { budget: 20, runs: 5, before: () => [40, 30, 2, 1][made++]! });
    expect(inputs).toEqual([40, 30, 2]);
    expect(ms).toBeLessThan(20);
  });

  it('fastest stops at a run over 5 times the budget: no load explains it', () => {
    const inputs: number[] = [];
    let made = 0;
    const ms = fastest((input) => inputs.push(busy(input)), { budget: 10, before: () => [30, 60, 1][made++]! });
    expect(inputs).toEqual([30, 60]);
    expect(ms).toBeGreaterThanOrEqual(30);
  });

  it('passes a linear rule and fails a quadratic one, and slow extra work', () => {
    const fast = createEngine({ config: [plugin({ linear }).configs!.recommended!] });
    assertFastOnLongInput(fast, mutex(ADVERSARIAL_INPUTS.digits!));
    const slow = createEngine({ config: [plugin({ quadratic }).configs!.recommended!] });
    expect(() => assertFastOnLongInput(slow, mutex(ADVERSARIAL_INPUTS.digits!))).toThrow(/100/);
    expect(() => assertFastOnLongInput(fast, mutex('x'), () => busy(150))).toThrow(/100/);
  });
});

testLongInputs(plugin({ linear }), { subject: mutex, inputs: { digits: ADVERSARIAL_INPUTS.digits! }, warmUp: 'warm', also: (value, engine) => engine.check(mutex(value)) });

/** Spends `ms` of this process's CPU time (however long that takes on a busy machine) and returns it. */
function busy(ms: number): number {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if (used.user + used.system >= ms * 1000) return ms;
  }
}
