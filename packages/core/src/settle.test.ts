import { describe, expect, it } from 'vitest';
import { definePlugin, defineRule } from './define.js';
import { createEngine } from './engine.js';
import { objectOptions } from './options.js';
import type { ConfigEntry, Plugin, Settlement } from './rule.js';
import type { IndicatorSubject } from './subject.js';
import { indicator } from './subjects.js';

/** A Mutex plugin (trim, then upper case) that counts its rule runs and its settle calls. */
function settlingPlugin(settle: Plugin['settle'] = trimThenUpper) {
  const counts = { checks: 0, settles: 0 };
  const trim = defineRule({
    meta: { id: 'trim', subject: 'indicator', types: ['Mutex'], description: 'trim', messages: { spaces: 'spaces' }, fixable: true },
    check(subject, context) {
      counts.checks++;
      const [field, value] = firstValue(subject);
      if (value.trim() !== value) context.report({ messageId: 'spaces', field, fix: { field, value: value.trim() } });
    },
  });
  const upper = defineRule({
    meta: {
      id: 'upper',
      subject: 'indicator',
      types: ['Mutex'],
      description: 'upper case',
      messages: { lower: 'lower case' },
      fixable: true,
      severity: 'warn',
      options: objectOptions({ allowLower: 'boolean' }, { allowLower: false }),
    },
    check(subject, context) {
      counts.checks++;
      const [field, value] = firstValue(subject);
      if (!context.options.allowLower && value !== value.toUpperCase()) context.report({ messageId: 'lower', field, fix: { field, value: value.toUpperCase() } });
    },
  });
  const plugin = definePlugin({
    meta: { name: 'settling', namespace: 's' },
    rules: { trim, upper },
    isClean: (subject: IndicatorSubject) => {
      const [, value] = firstValue(subject);
      return value === value.trim().toUpperCase();
    },
    settle: (subject: IndicatorSubject, settings: Readonly<Record<string, unknown>>) => {
      counts.settles++;
      return settle(subject, settings);
    },
  });
  return { plugin, counts };
}

function firstValue(subject: IndicatorSubject): [string, string] {
  for (const field in subject.values) return [field, subject.values[field]!];
  return ['Mutex', ''];
}

function trimThenUpper(subject: IndicatorSubject): Settlement | undefined {
  const [field, value] = firstValue(subject);
  const changes = [];
  const trimmed = value.trim();
  if (trimmed !== value) changes.push({ rule: 'trim', field, value: trimmed });
  if (trimmed !== trimmed.toUpperCase()) changes.push({ rule: 'upper', field, value: trimmed.toUpperCase() });
  return { changes };
}

/** A plugin of another namespace with a rule for Mutex that is quiet unless the value contains `!`. */
function bangPlugin() {
  const bang = defineRule({
    meta: { id: 'bang', subject: 'indicator', types: ['Mutex'], description: 'no bang', messages: { bang: 'bang' }, fixable: true },
    check(subject, context) {
      const value = subject.values.Mutex ?? '';
      if (value.includes('!')) context.report({ messageId: 'bang', field: 'Mutex', fix: { field: 'Mutex', value: value.replaceAll('!', '') } });
    },
  });
  return definePlugin({ meta: { name: 'bang', namespace: 'bang' }, rules: { bang }, isClean: (subject: IndicatorSubject) => !(subject.values.Mutex ?? '').includes('!') });
}

const ruled = (config: ConfigEntry[]) => createEngine({ config, cleanPath: false });
/** A config of a variant of the plugin (its `configs.recommended` would name the original). */
const defaults = (plugin: Plugin): ConfigEntry => ({ plugins: { s: plugin }, rules: { 's/trim': 'error', 's/upper': 'warn' } });

describe('the one-call fix (Plugin.settle)', () => {
  it('gives the result the rules give, pass for pass, without running them', () => {
    const { plugin, counts } = settlingPlugin();
    const engine = createEngine({ config: [plugin.configs.recommended] });
    for (const value of [' abc ', 'abc', ' ABC']) {
      const subject = indicator('Mutex', { Mutex: value });
      const expected = ruled([plugin.configs.recommended]).fix(subject);
      counts.checks = 0;
      const result = engine.fix(subject);
      expect(result).toEqual(expected);
      expect(Object.keys(result)).toEqual(Object.keys(expected));
      expect(counts.checks).toBe(0);
    }
    expect(ruled([plugin.configs.recommended]).fix(indicator('Mutex', { Mutex: ' abc ' })).changes).toEqual([
      { ruleId: 's/trim', field: 'Mutex', from: ' abc ', to: 'abc' },
      { ruleId: 's/upper', field: 'Mutex', from: 'abc', to: 'ABC' },
    ]);
  });

  it('names the rules by the namespace the config gives the plugin', () => {
    const { plugin } = settlingPlugin();
    const config = [{ plugins: { mine: plugin }, rules: { 'mine/trim': 'error', 'mine/upper': 'warn' } } as const];
    expect(createEngine({ config }).fix(indicator('Mutex', { Mutex: 'x' })).changes).toEqual([{ ruleId: 'mine/upper', field: 'Mutex', from: 'x', to: 'X' }]);
  });

  it('is not asked by check, which gives the rules\' messages', () => {
    const { plugin, counts } = settlingPlugin();
    const result = createEngine({ config: [plugin.configs.recommended] }).check(indicator('Mutex', { Mutex: 'abc' }));
    expect(result.messages.map((m) => m.messageId)).toEqual(['lower']);
    expect(counts.settles).toBe(0);
  });

  type Case = { config: (plugin: Plugin) => ConfigEntry[]; settle?: Plugin['settle']; cleanPath?: boolean; maxPasses?: number };
  const recommended = (plugin: Plugin) => [plugin.configs!.recommended!];
  const refused: [string, Case][] = [
    ['a rule of the plugin is off', { config: (p) => [...recommended(p), { rules: { 's/trim': 'off' } }] }],
    ['a rule of the plugin has options from the config', { config: (p) => [...recommended(p), { rules: { 's/upper': ['warn', { allowLower: false }] } }] }],
    ['the config orders the plugin\'s rules otherwise', { config: (p) => [{ plugins: { s: p }, rules: { 's/upper': 'warn', 's/trim': 'error' } }] }],
    ['the engine is made with cleanPath: false', { config: recommended, cleanPath: false }],
    ['settle throws', { config: recommended, settle: () => { throw new Error('broken'); } }],
    ['settle names a rule the plugin does not have', { config: recommended, settle: () => ({ changes: [{ rule: 'nope', field: 'Mutex', value: 'X' }] }) }],
    ['settle gives a change that changes nothing', { config: recommended, settle: (s) => ({ changes: [{ rule: 'upper', field: 'Mutex', value: s.values.Mutex! }] }) }],
    ['settle needs more passes than the engine allows', { config: recommended, maxPasses: 1 }],
  ];

  it.each(refused)('leaves the fix to the rules when %s', (_name, { config, settle, cleanPath, maxPasses }) => {
    const { plugin, counts } = settlingPlugin(settle);
    const subject = indicator('Mutex', { Mutex: ' abc ' });
    const result = createEngine({ config: config(plugin), cleanPath, maxPasses }).fix(subject);
    expect(counts.checks).toBeGreaterThan(0);
    expect(result).toEqual(createEngine({ config: config(plugin), cleanPath: false, maxPasses }).fix(subject));
  });

  it('answers for any severities, unless a backstop rule of the plugin fixes (severities decide which backstop reports are dropped)', () => {
    const { plugin, counts } = settlingPlugin();
    const severities = { rules: { 's/trim': 'warn', 's/upper': 'error' } } as const;
    const subject = indicator('Mutex', { Mutex: ' abc ' });
    expect(createEngine({ config: [plugin.configs.recommended, severities] }).fix(subject)).toEqual(ruled([plugin.configs.recommended, severities]).fix(subject));
    expect(counts.checks).toBe(2 * 3);
    const { upper } = plugin.rules;
    const backstopping = definePlugin({ ...plugin, rules: { ...plugin.rules, upper: { ...upper, meta: { ...upper.meta, backstop: true } } } });
    counts.checks = 0;
    expect(createEngine({ config: [defaults(backstopping), severities] }).fix(subject)).toEqual(ruled([defaults(backstopping), severities]).fix(subject));
    counts.checks = 0;
    createEngine({ config: [defaults(backstopping), severities] }).fix(subject);
    expect(counts.checks).toBeGreaterThan(0);
    counts.checks = 0;
    createEngine({ config: [defaults(backstopping)] }).fix(subject);
    expect(counts.checks).toBe(0);
  });

  it('needs every other plugin with rules for the type to call each state clean', () => {
    const { plugin, counts } = settlingPlugin();
    const config = [plugin.configs.recommended, bangPlugin().configs.recommended];
    const engine = createEngine({ config });
    for (const value of [' a!b ', 'a!b']) {
      counts.checks = 0;
      const subject = indicator('Mutex', { Mutex: value });
      expect(engine.fix(subject)).toEqual(ruled(config).fix(subject));
      expect(counts.checks).toBeGreaterThan(0);
    }
    counts.checks = 0;
    expect(engine.fix(indicator('Mutex', { Mutex: ' ab' })).output?.values.Mutex).toBe('AB');
    expect(counts.checks).toBe(0);
  });

  it('keeps the notes the engine gives before the rules', () => {
    const { plugin, counts } = settlingPlugin();
    const aliased = definePlugin({ ...plugin, rules: Object.fromEntries(Object.entries(plugin.rules).map(([id, rule]) => [id, { ...rule, meta: { ...rule.meta, types: ['Address'] } }])) });
    const subject = indicator('ip-dst', { ip: ' abc ' });
    const settled = createEngine({ config: [defaults(aliased)] }).fix(subject);
    expect(counts.checks).toBe(0);
    expect(settled.messages.map((m) => m.ruleId)).toEqual(['tclint/type-alias']);
    expect(settled.output?.values).toEqual({ ip: 'ABC' });
    expect(settled).toEqual(ruled([defaults(aliased)]).fix(subject));
  });
});
