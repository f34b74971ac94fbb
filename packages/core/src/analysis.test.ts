import { describe, expect, it } from 'vitest';
import { AnalysisMemo } from './analysis-memo.js';
import { defineAnalysis, type Analysis } from './analysis.js';
import { definePlugin, defineRule } from './define.js';
import { createEngine } from './engine.js';
import { headerValue } from './redact.js';
import { exchangeSubject, indicator, indicatorFromSummary } from './subjects.js';

/** An analysis that counts how often it really runs. */
function counted<I, R>(name: string, analyze: (input: I) => R): { analysis: Analysis<I, R>; calls: I[] } {
  const calls: I[] = [];
  return {
    calls,
    analysis: defineAnalysis(name, (input: I) => {
      calls.push(input);
      return analyze(input);
    }),
  };
}

/** Two rules of one plugin reading one analysis of the Mutex field: one fixes lower case, one reports digits. */
function mutexPlugin(analysis: Analysis<string, { lower: string; digits: number }>) {
  const lower = defineRule({
    meta: { id: 'lower', subject: 'indicator', types: ['Mutex'], description: 'lower case', messages: { upper: 'upper case' }, fixable: true },
    check(subject, context) {
      const value = subject.values.Mutex ?? '';
      const { lower } = context.analyze(analysis, value);
      if (lower !== value) context.report({ messageId: 'upper', field: 'Mutex', fix: { field: 'Mutex', value: lower } });
    },
  });
  const digits = defineRule({
    meta: { id: 'digits', subject: 'indicator', types: ['Mutex'], description: 'no digits', messages: { digits: '{{count}} digits' }, severity: 'warn' },
    check(subject, context) {
      const { digits } = context.analyze(analysis, subject.values.Mutex ?? '');
      if (digits > 0) context.report({ messageId: 'digits', data: { count: digits }, field: 'Mutex' });
    },
  });
  return definePlugin({
    meta: { name: 'mutex-test', namespace: 'mx' },
    rules: { lower, digits },
    detect: (value, context) => (context ? context.analyze(analysis, value) : analysis.analyze(value)).digits === 3 ? { type: 'Mutex', confidence: 0.9 } : undefined,
  });
}

const readMutex = (value: string) => ({ lower: value.toLowerCase(), digits: value.replace(/\D/g, '').length });

describe('shared analysis', () => {
  it('runs once per subject for every rule that reads it', () => {
    const { analysis, calls } = counted('mutex', readMutex);
    const engine = createEngine({ config: [mutexPlugin(analysis).configs.recommended] });
    const result = engine.check(indicator('Mutex', { Mutex: 'ABC1' }));
    expect(result.messages.map((m) => m.messageId)).toEqual(['upper', 'digits']);
    expect(calls).toEqual(['ABC1']);
  });

  it('is kept through the passes of one fix, and a fixed field is analysed again', () => {
    const { analysis, calls } = counted('mutex', readMutex);
    const engine = createEngine({ config: [mutexPlugin(analysis).configs.recommended] });
    const result = engine.fix(indicator('Mutex', { Mutex: 'ABC1' }));
    expect(result.output?.values.Mutex).toBe('abc1');
    expect(calls).toEqual(['ABC1', 'abc1']);
  });

  it('is never shared between subjects, even with the same value', () => {
    const { analysis, calls } = counted('mutex', readMutex);
    const engine = createEngine({ config: [mutexPlugin(analysis).configs.recommended] });
    engine.check(indicator('Mutex', { Mutex: 'x1' }));
    engine.check(indicator('Mutex', { Mutex: 'x1' }));
    expect(calls).toEqual(['x1', 'x1']);
  });

  it('is shared between detect() and the rules that check the inferred value', () => {
    const { analysis, calls } = counted('mutex', readMutex);
    const engine = createEngine({ config: [mutexPlugin(analysis).configs.recommended] });
    const result = engine.check(indicatorFromSummary('Lock123'));
    expect(result.subject.type).toBe('Mutex');
    expect(result.messages.map((m) => m.messageId)).toEqual(['upper', 'digits']);
    expect(calls).toEqual(['Lock123']);
  });

  it('works for every kind of subject: an Authorization header read once for two rules', () => {
    const { analysis, calls } = counted('authorization', (header: string | undefined) => /^TC (\d+):(.+)$/.exec(header ?? ''));
    const rule = (id: string, part: 1 | 2) =>
      defineRule({
        meta: { id, subject: 'exchange', description: id, messages: { part: '{{part}}' } },
        check(subject, context) {
          const parsed = context.analyze(analysis, headerValue(subject.request.headers, 'authorization'));
          if (parsed) context.report({ messageId: 'part', data: { part: parsed[part] } });
        },
      });
    const plugin = definePlugin({ meta: { name: 'auth', namespace: 'auth' }, rules: { 'access-id': rule('access-id', 1), signature: rule('signature', 2) } });
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const result = engine.check(exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: { Authorization: 'TC 42:c2ln' } } }));
    expect(result.messages.map((m) => m.message)).toEqual(['42', 'c2ln']);
    expect(calls).toEqual(['TC 42:c2ln']);
  });

  it('gives a check made inside a rule its own analyses, and the outer subject keeps its own', () => {
    const { analysis, calls } = counted('length', (value: string) => value.length);
    const inner = defineRule({
      meta: { id: 'inner', subject: 'indicator', types: ['Hashtag'], description: 'length', messages: { length: '{{length}}' } },
      check(subject, context) {
        context.report({ messageId: 'length', data: { length: context.analyze(analysis, subject.values.Hashtag ?? '') } });
      },
    });
    const holder: { engine?: ReturnType<typeof createEngine> } = {};
    const outer = defineRule({
      meta: { id: 'outer', subject: 'indicator', types: ['Mutex'], description: 'nests', messages: { nested: '{{inner}} then {{mine}}' } },
      check(subject, context) {
        const nested = holder.engine!.check(indicator('Hashtag', { Hashtag: '#ab' })).messages[0]?.message;
        context.report({ messageId: 'nested', data: { inner: nested, mine: context.analyze(analysis, subject.values.Mutex ?? '') } });
      },
    });
    const plugin = definePlugin({ meta: { name: 'nest', namespace: 'nest' }, rules: { inner, outer } });
    holder.engine = createEngine({ config: [plugin.configs.recommended] });
    expect(holder.engine.check(indicator('Mutex', { Mutex: 'abcde' })).messages.map((m) => m.message)).toEqual(['3 then 5']);
    expect(calls).toEqual(['#ab', 'abcde']);
  });

  it('turns an analysis that throws into an internal error of each rule that reads it', () => {
    const broken = defineAnalysis('broken', (): { lower: string; digits: number } => {
      throw new Error('cannot read');
    });
    const engine = createEngine({ config: [mutexPlugin(broken).configs.recommended] });
    const messages = engine.check(indicator('Mutex', { Mutex: 'a' })).messages;
    expect(messages.map((m) => [m.ruleId, m.internal, m.message])).toEqual([
      ['mx/lower', true, 'rule "mx/lower" failed: cannot read'],
      ['mx/digits', true, 'rule "mx/digits" failed: cannot read'],
    ]);
  });

  it('needs a name and a function', () => {
    expect(() => defineAnalysis('', (x: string) => x)).toThrow(/name/);
    expect(() => defineAnalysis('x', 'nope' as never)).toThrow(/function/);
    expect(Object.isFrozen(defineAnalysis('x', (x: string) => x))).toBe(true);
  });
});

describe('AnalysisMemo', () => {
  it('answers from memory for each analysis and input it has seen, and forgets on clear', () => {
    const a = counted('a', (s: string) => s.length);
    const b = counted('b', (s: string) => s.toUpperCase());
    const memo = new AnalysisMemo();
    expect([memo.get(a.analysis, 'xy'), memo.get(b.analysis, 'xy'), memo.get(a.analysis, 'xy'), memo.get(b.analysis, 'xy')]).toEqual([2, 'XY', 2, 'XY']);
    expect([a.calls, b.calls]).toEqual([['xy'], ['xy']]);
    memo.clear();
    memo.get(a.analysis, 'xy');
    expect(a.calls).toEqual(['xy', 'xy']);
  });

  it('stays correct and bounded past its slots, forgetting the oldest input first', () => {
    const a = counted('a', (n: number) => n * 2);
    const memo = new AnalysisMemo();
    for (let n = 0; n < 40; n++) expect(memo.get(a.analysis, n)).toBe(n * 2);
    expect(a.calls).toHaveLength(40);
    expect(memo.get(a.analysis, 39)).toBe(78);
    expect(a.calls).toHaveLength(40);
    expect(memo.get(a.analysis, 0)).toBe(0);
    expect(a.calls).toHaveLength(41);
  });
});
