import { describe, expect, it } from 'vitest';
import { definePlugin, defineRule } from './define.js';
import { createEngine } from './engine.js';
import { objectOptions } from './options.js';
import type { ConfigEntry, Plugin } from './rule.js';
import type { IndicatorSubject } from './subject.js';
import { indicator, indicatorFromSummary } from './subjects.js';

/** A Mutex plugin that counts how often its rule runs and its isClean is asked. */
function countingPlugin(namespace: string, isClean: Plugin['isClean'] | 'none') {
  const counts = { checks: 0, cleanCalls: 0 };
  const upper = defineRule({
    meta: {
      id: 'upper',
      subject: 'indicator',
      types: ['Mutex'],
      description: 'upper case',
      messages: { lower: 'lower case' },
      fixable: true,
      options: objectOptions({ allowLower: 'boolean' }, { allowLower: false }),
    },
    check(subject, context) {
      counts.checks++;
      const value = subject.values.Mutex ?? '';
      if (!context.options.allowLower && value !== value.toUpperCase()) context.report({ messageId: 'lower', field: 'Mutex', fix: { field: 'Mutex', value: value.toUpperCase() } });
    },
  });
  const plugin = definePlugin({
    meta: { name: namespace, namespace },
    rules: { upper },
    detect: (value) => (value.startsWith('M:') ? { type: 'Mutex', confidence: 0.9 } : undefined),
    ...(isClean === 'none'
      ? {}
      : {
          isClean: (subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>) => {
            counts.cleanCalls++;
            return isClean!(subject, settings);
          },
        }),
  });
  return { plugin, counts };
}

const upperCase = (subject: IndicatorSubject) => {
  const value = subject.values.Mutex;
  return value !== undefined && value === value.toUpperCase();
};

describe('the clean path', () => {
  it('settles a clean indicator in one call: no rule runs, and the result has the usual shape', () => {
    const { plugin, counts } = countingPlugin('a', upperCase);
    const engine = createEngine({ config: [plugin.configs.recommended] });
    const subject = indicator('Mutex', { Mutex: 'ABC' });
    const results = [engine.check(subject), engine.fix(subject)];
    expect(counts).toEqual({ checks: 0, cleanCalls: 2 });
    const ruled = createEngine({ config: [plugin.configs.recommended], cleanPath: false }).check(subject);
    for (const result of results) {
      expect(result).toEqual({ subject, messages: [], changes: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
      expect(Object.keys(result)).toEqual(Object.keys(ruled));
    }
  });

  it('runs the rules when isClean says no', () => {
    const { plugin, counts } = countingPlugin('a', upperCase);
    const engine = createEngine({ config: [plugin.configs.recommended] });
    expect(engine.fix(indicator('Mutex', { Mutex: 'abc' })).output?.values.Mutex).toBe('ABC');
    expect(counts.checks).toBeGreaterThan(0);
  });

  it('is taken for an untyped value once its type is inferred', () => {
    const { plugin, counts } = countingPlugin('a', upperCase);
    const result = createEngine({ config: [plugin.configs.recommended] }).check(indicatorFromSummary('M:X'));
    expect(result.subject).toMatchObject({ type: 'Mutex', values: { Mutex: 'M:X' } });
    expect(counts).toEqual({ checks: 0, cleanCalls: 1 });
  });

  it('needs every plugin with active rules for the type to say clean', () => {
    const a = countingPlugin('a', upperCase);
    const b = countingPlugin('b', () => false);
    const engine = createEngine({ config: [a.plugin.configs.recommended, b.plugin.configs.recommended] });
    engine.check(indicator('Mutex', { Mutex: 'ABC' }));
    expect([a.counts.checks, b.counts.checks]).toEqual([1, 1]);
  });

  const skipped: [string, () => { config: ConfigEntry[]; counts: { checks: number }; cleanPath?: boolean }][] = [
    ['a plugin with active rules for the type has no isClean', () => {
      const a = countingPlugin('a', upperCase);
      const b = countingPlugin('b', 'none');
      return { config: [a.plugin.configs.recommended, b.plugin.configs.recommended], counts: b.counts };
    }],
    ['a rule has options from the config (isClean answers for the defaults)', () => {
      const a = countingPlugin('a', upperCase);
      return { config: [{ plugins: { a: a.plugin }, rules: { 'a/upper': ['error', { allowLower: false }] } }], counts: a.counts };
    }],
    ['the engine is made with cleanPath: false', () => {
      const a = countingPlugin('a', upperCase);
      return { config: [a.plugin.configs.recommended], counts: a.counts, cleanPath: false };
    }],
    ['isClean throws', () => {
      const a = countingPlugin('a', () => {
        throw new Error('broken');
      });
      return { config: [a.plugin.configs.recommended], counts: a.counts };
    }],
  ];

  it.each(skipped)('is not taken when %s', (_name, setUp) => {
    const { config, counts, cleanPath } = setUp();
    const engine = createEngine({ config, cleanPath });
    expect(engine.check(indicator('Mutex', { Mutex: 'ABC' })).messages).toEqual([]);
    expect(counts.checks).toBe(1);
  });

  it('is not taken for an aliased type, whose warning must be given', () => {
    const { plugin, counts } = countingPlugin('a', () => true);
    const aliased = definePlugin({ ...plugin, rules: { upper: { ...plugin.rules.upper, meta: { ...plugin.rules.upper.meta, types: ['Address'] } } } });
    const result = createEngine({ config: [aliased.configs.recommended] }).check(indicator('ip-dst', { ip: '1.2.3.4' }));
    expect(result.messages.map((m) => m.ruleId)).toEqual(['tclint/type-alias']);
    expect(counts.cleanCalls).toBe(0);
  });

  it('passes the shared settings to isClean', () => {
    const seen: unknown[] = [];
    const { plugin } = countingPlugin('a', (_subject, settings) => {
      seen.push(settings);
      return true;
    });
    createEngine({ config: [plugin.configs.recommended, { settings: { strict: true } }] }).check(indicator('Mutex', { Mutex: 'A' }));
    expect(seen).toEqual([{ strict: true }]);
  });

  it('settles a type no active rule checks', () => {
    const { plugin } = countingPlugin('a', upperCase);
    const result = createEngine({ config: [plugin.configs.recommended] }).check(indicator('Hashtag', { Hashtag: 'x' }));
    expect(result.messages).toEqual([]);
  });
});

describe('definePlugin', () => {
  it('checks the hooks are functions', () => {
    for (const hook of ['detect', 'mayDetect', 'isClean', 'settle']) {
      expect(() => definePlugin({ meta: { name: 'x', namespace: 'x' }, rules: {}, [hook]: true })).toThrow(new RegExp(`${hook} must be a function`));
    }
    expect(() => definePlugin({ meta: { name: 'x', namespace: 'x' }, rules: {}, types: {} as never })).toThrow(/types must be an array/);
  });
});
