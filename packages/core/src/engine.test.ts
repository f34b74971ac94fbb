import { describe, expect, it } from 'vitest';
import { defineRule, definePlugin } from './define.js';
import { createEngine, ENGINE_RULES } from './engine.js';
import type { RuleContext } from './rule.js';
import { exchangeSubject, indicator, indicatorFromSummary } from './subjects.js';
import { hostilePlugin, scrubPlugin, testPlugin, tiePlugin } from './test-plugins.js';

const plugins = { test: testPlugin };
const engineWith = (rules: Record<string, 'error' | 'warn'>) => createEngine({ config: [{ plugins, rules }] });

describe('check', () => {
  it('reports by messageId with interpolated data, severity, field, fix and docs URL', () => {
    const result = engineWith({ 'test/upper': 'error' }).check(indicator('Mutex', { Mutex: 'abc' }));
    expect(result.messages).toEqual([
      {
        ruleId: 'test/upper',
        severity: 'error',
        messageId: 'notUpper',
        message: '"abc" should be ABC',
        data: { value: 'abc', fixed: 'ABC' },
        field: 'Mutex',
        fix: { field: 'Mutex', value: 'ABC' },
        docsUrl: 'https://example.test/upper',
      },
    ]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0, fixableErrorCount: 1, fixableWarningCount: 0, changes: [] });
    expect(result.output).toBeUndefined();
  });

  it('runs indicator rules only on their types', () => {
    const result = engineWith({ 'test/upper': 'error' }).check(indicator('Hashtag', { Hashtag: 'abc' }));
    expect(result.messages).toEqual([]);
  });

  it('reports warn rules as warnings', () => {
    const result = engineWith({ 'test/limit': 'warn' }).check(indicator('Mutex', { Mutex: 'abcdefgh' }));
    expect(result.messages.map((m) => [m.severity, m.message])).toEqual([['warning', 'longer than 5']]);
    expect(result.warningCount).toBe(1);
  });
});

describe('misbehaving rules', () => {
  it('isolates a rule that throws: an internal error for that rule, the other rules still run', () => {
    const result = engineWith({ 'test/thrower': 'error', 'test/upper': 'error' }).check(indicator('Mutex', { Mutex: 'abc' }));
    expect(result.messages.map((m) => [m.ruleId, m.internal ?? false, m.message])).toEqual([
      ['test/thrower', true, 'rule "test/thrower" failed: boom'],
      ['test/upper', false, '"abc" should be ABC'],
    ]);
  });

  it('isolates a rule that throws a value with no string form', () => {
    const engine = createEngine({ config: [{ plugins: { hostile: hostilePlugin }, rules: { 'hostile/throws-null-proto': 'error' } }] });
    const [message] = engine.check(indicator('Mutex', { Mutex: 'x' })).messages;
    expect(message).toMatchObject({ internal: true, message: 'rule "hostile/throws-null-proto" failed: a value that cannot be shown' });
  });

  it('turns a fix that cannot be applied into an internal error instead of throwing', () => {
    const engine = createEngine({ config: [{ plugins: { hostile: hostilePlugin }, rules: { 'hostile/bad-field': 'error' } }] });
    const result = engine.fix(exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: {} } }));
    expect(result.changes).toEqual([]);
    expect(result.messages.find((m) => m.internal)?.message).toBe('a fix from hostile/bad-field could not be applied: cannot fix unknown exchange field "response.body"');
  });

  it('a report made after the check returned goes nowhere; a rule may lint with another engine inside its check', () => {
    let kept: RuleContext | undefined;
    const inner = createEngine({ config: [{ plugins: { test: testPlugin }, rules: { 'test/upper': 'error' } }] });
    const late = defineRule({
      meta: { id: 'late', subject: 'indicator', types: ['Mutex'], description: 'keeps its context', messages: { late: 'late report', inner: 'inner: {{count}}' }, severity: 'error' },
      check(subject, context) {
        kept = context;
        context.report({ messageId: 'inner', data: { count: inner.check(subject).messages.length } });
      },
    });
    const engine = createEngine({ config: [{ plugins: { late: definePlugin({ meta: { name: 'late', version: '0', namespace: 'late' }, rules: { late } }) }, rules: { 'late/late': 'error' } }] });
    expect(engine.check(indicator('Mutex', { Mutex: 'abc' })).messages.map((m) => m.message)).toEqual(['inner: 1']);
    kept!.report({ messageId: 'late' });
    expect(engine.check(indicator('Mutex', { Mutex: 'ABC' })).messages.map((m) => m.message)).toEqual(['inner: 0']);
  });

  it('rejects an unknown messageId', () => {
    const [message] = engineWith({ 'test/bad-id': 'error' }).check(indicator('Mutex', { Mutex: 'x' })).messages;
    expect(message).toMatchObject({ ruleId: 'test/bad-id', internal: true, messageId: ENGINE_RULES.internalError });
    expect(message?.message).toContain('unknown messageId "unknown"');
  });

  it('rejects a fix from a rule that is not fixable, and never applies it', () => {
    const engine = engineWith({ 'test/sneaky-fix': 'error' });
    const subject = indicator('Mutex', { Mutex: 'x' });
    expect(engine.check(subject).messages[0]).toMatchObject({ internal: true });
    expect(engine.check(subject).messages[0]?.message).toContain('not declare fixable');
    const fixed = engine.fix(subject);
    expect(fixed.changes).toEqual([]);
    expect(fixed.output).toBeUndefined();
  });
});

describe('fix', () => {
  it('applies fixes, records the changes and leaves the input untouched', () => {
    const subject = indicator('Mutex', { Mutex: 'abc' });
    const result = engineWith({ 'test/upper': 'error' }).fix(subject);
    expect(result.output).toEqual(indicator('Mutex', { Mutex: 'ABC' }));
    expect(result.changes).toEqual([{ ruleId: 'test/upper', field: 'Mutex', from: 'abc', to: 'ABC' }]);
    expect(result.messages).toEqual([]);
    expect(subject.values.Mutex).toBe('abc');
  });

  it('detects two rules that undo each other and stops', () => {
    const result = engineWith({ 'test/upper': 'error', 'test/lower': 'error' }).fix(indicator('Mutex', { Mutex: 'aB' }));
    const cycle = result.messages.find((m) => m.ruleId === ENGINE_RULES.fixCycle);
    expect(cycle?.message).toMatch(/undo each other.*test\/upper.*test\/lower|undo each other.*test\/lower.*test\/upper/);
    expect(result.changes.length).toBeLessThanOrEqual(4);
  });

  it('bounds the number of passes for a fix that never settles', () => {
    const engine = createEngine({ config: [{ plugins, rules: { 'test/grow': 'error' } }], maxPasses: 7 });
    const result = engine.fix(indicator('Hashtag', { Hashtag: '#a' }));
    expect(result.changes).toHaveLength(7);
    expect(result.output).toEqual(indicator('Hashtag', { Hashtag: '#a!!!!!!!' }));
    expect(result.messages.some((m) => m.ruleId === ENGINE_RULES.fixLimit && m.message.includes('7 passes'))).toBe(true);
  });

  it('is idempotent: fixing the output again changes nothing', () => {
    const engine = engineWith({ 'test/upper': 'error' });
    const once = engine.fix(indicator('Mutex', { Mutex: 'abc' }));
    expect(engine.fix(once.output!).changes).toEqual([]);
  });
});

describe('type inference', () => {
  const config = [{ plugins: { test: testPlugin, tie: tiePlugin }, rules: { 'test/upper': 'error' as const } }];

  it('infers the type from detect() and splits the value into fields', () => {
    const result = createEngine({ config }).check(indicatorFromSummary('#tag'));
    expect(result.subject).toMatchObject({ type: 'Hashtag', values: { Hashtag: '#tag' } });
    expect(result.messages).toEqual([]);
  });

  it('reports a low-confidence guess as ambiguous instead of guessing', () => {
    const [message] = createEngine({ config }).check(indicatorFromSummary('12345')).messages;
    expect(message).toMatchObject({ ruleId: ENGINE_RULES.ambiguousType, severity: 'error' });
    expect(message?.message).toContain('ASN (0.3)');
  });

  it('reports a tie between two types as ambiguous', () => {
    const [message] = createEngine({ config }).check(indicatorFromSummary('tie')).messages;
    expect(message?.ruleId).toBe(ENGINE_RULES.ambiguousType);
    expect(message?.message).toMatch(/Mutex.*User Agent|User Agent.*Mutex/);
  });

  it('shows an unrecognized value escaped and cut short', () => {
    const [message] = createEngine({ config }).check(indicatorFromSummary(`AS\u00002${'x'.repeat(100)}`)).messages;
    expect(message?.message).toBe(`Cannot tell the indicator type of "AS\\u00002${'x'.repeat(60)}"… (104 characters); no loaded package recognizes it. Give the type explicitly.`);
  });

  it('reports a value nobody recognizes as unknown', () => {
    const result = createEngine({ config }).fix(indicatorFromSummary('???'));
    expect(result.messages.map((m) => m.ruleId)).toEqual([ENGINE_RULES.unknownType]);
    expect(result.output).toBeUndefined();
  });
});

describe('secrets', () => {
  it('never lets a secret key or token into messages, evidence or remedies', () => {
    const secretKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    const engine = engineWith({ 'test/secret-echo': 'error' });
    const hmac = exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: { Authorization: 'TC 123:sig' } }, secretKey });
    const token = exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: { Authorization: 'TC-Token APIV2:430:c8mTcH:1234567890123:7mbiy0=' } } });
    const text = JSON.stringify([engine.check(hmac), engine.check(token)].map((r) => r.messages));
    expect(text).not.toContain(secretKey);
    expect(text).not.toContain('APIV2:430:c8mTcH:1234567890123:7mbiy0=');
    expect(text).toContain('[REDACTED]');
  });

  it('masks secrets in the changes a fix records', () => {
    const secretKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    const engine = createEngine({ config: [{ plugins: { scrub: scrubPlugin }, rules: { 'scrub/scrub': 'error' } }] });
    const subject = exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: { Authorization: `TC 1:${secretKey}` } }, secretKey });
    const result = engine.fix(subject);
    expect(result.changes).toEqual([{ ruleId: 'scrub/scrub', field: 'request.headers.Authorization', from: 'TC 1:[REDACTED]', to: 'TC 1:sig' }]);
  });
});

