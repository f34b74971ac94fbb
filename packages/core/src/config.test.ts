import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from './config.js';
import { createEngine } from './engine.js';
import { indicator } from './subjects.js';
import { testPlugin } from './test-plugins.js';

const plugins = { test: testPlugin };
const problemsOf = (fn: () => unknown): readonly string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('flat config', () => {
  it('lets later entries override earlier ones', () => {
    const config = resolveConfig([
      { plugins, rules: { 'test/upper': 'error', 'test/limit': 'warn' } },
      { rules: { 'test/upper': 'off' } },
      { rules: { 'test/limit': 'error' } },
    ]);
    expect(config.rules.map((r) => [r.ruleId, r.severity])).toEqual([['test/limit', 'error']]);
  });

  it('keeps earlier options when a later entry changes only the severity (as ESLint does)', () => {
    const config = resolveConfig([{ plugins, rules: { 'test/limit': ['warn', { max: 2 }] } }, { rules: { 'test/limit': 'error' } }]);
    expect(config.rules[0]).toMatchObject({ severity: 'error', options: { max: 2 } });
  });

  it('accepts numeric severities and merges settings', () => {
    const config = resolveConfig([{ plugins, rules: { 'test/upper': 2 }, settings: { a: 1 } }, { settings: { b: 2 } }]);
    expect(config.rules[0]?.severity).toBe('error');
    expect(config.settings).toEqual({ a: 1, b: 2 });
  });

  it('turns on the recommended preset', () => {
    const config = resolveConfig([testPlugin.configs.recommended]);
    expect(config.rules.map((r) => r.ruleId)).toEqual(['test/upper', 'test/limit']);
  });

  it('applies option defaults and validated options', () => {
    const engine = createEngine({ config: [{ plugins, rules: { 'test/limit': ['warn', { max: 2 }] } }] });
    expect(engine.check(indicator('Mutex', { Mutex: 'abc' })).messages[0]?.message).toBe('longer than 2');
    const defaults = createEngine({ config: [{ plugins, rules: { 'test/limit': 'warn' } }] });
    expect(defaults.check(indicator('Mutex', { Mutex: 'abc' })).messages).toEqual([]);
  });

  it('collects every problem and names the rule', () => {
    const problems = problemsOf(() =>
      resolveConfig([
        {
          plugins,
          rules: {
            'test/limit': ['warn', { max: 'five' }],
            'test/upper': ['error', { any: true }],
            'test/nope': 'error',
            'other/rule': 'warn',
            'test/lower': 'loud' as never,
          },
        },
      ]),
    );
    expect(problems).toEqual([
      'config entry 0: rule "test/lower": severity must be "off", "warn" or "error" (got "loud")',
      'rule "test/limit": invalid options: max: "max" must be a number',
      'rule "test/upper" takes no options',
      'rule "test/nope": plugin "test-plugin" has no rule "nope"',
      'rule "other/rule": no plugin with namespace "other" is loaded',
    ]);
  });

  it('rejects two different plugins claiming one namespace, and things that are not plugins', () => {
    const other = { ...testPlugin, meta: { ...testPlugin.meta, name: 'impostor' } };
    const problems = problemsOf(() => resolveConfig([{ plugins }, { name: 'mine', plugins: { test: other, junk: {} as never } }]));
    expect(problems).toEqual([
      'config "mine": namespace "test" is claimed by "test-plugin" and "impostor"',
      'config "mine": plugin "junk" is not a tclint plugin (no meta or rules)',
    ]);
  });

  it('reports a config error message listing all problems', () => {
    expect(() => createEngine({ config: { rules: { 'x/y': 'error' } } })).toThrow(/Invalid tclint configuration:\n {2}- rule "x\/y"/);
  });
});
