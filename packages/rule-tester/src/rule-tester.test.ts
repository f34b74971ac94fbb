import { describe, expect, it } from 'vitest';
import { RuleTester } from './rule-tester.js';
import { plugin } from './test-plugin.js';

const tester = new RuleTester();

// The tester used as a rule author would.
tester.run(plugin, 'prefix', {
  valid: ['#threat', { values: { Hashtag: '#apt' } }],
  invalid: [
    { value: 'threat', errors: [{ messageId: 'missing', field: 'Hashtag', data: { value: 'threat' }, message: '"threat" must start with #' }], output: '#threat' },
    { values: { Hashtag: '' }, errors: ['empty'], output: null },
  ],
});

describe('RuleTester catches', () => {
  it('a valid case that reports', () => {
    expect(() => tester.assertValid(plugin, 'prefix', 'nohash')).toThrow(/a valid case must report nothing/);
  });

  it('a wrong messageId, count or field', () => {
    expect(() => tester.assertInvalid(plugin, 'prefix', { value: 'x', errors: ['empty'], output: '#x' })).toThrow();
    expect(() => tester.assertInvalid(plugin, 'prefix', { value: 'x', errors: 2, output: '#x' })).toThrow(/expected 2 messages/);
    expect(() => tester.assertInvalid(plugin, 'prefix', { value: 'x', errors: [{ messageId: 'missing', field: 'Other' }], output: '#x' })).toThrow(/field/);
  });

  it('a wrong output, and a fixable case declared unfixable', () => {
    expect(() => tester.assertInvalid(plugin, 'prefix', { value: 'x', errors: ['missing'], output: '#y' })).toThrow();
    expect(() => tester.assertInvalid(plugin, 'prefix', { value: 'x', errors: ['missing'], output: null })).toThrow(/declared unfixable/);
  });

  it('an invalid case of a fixable rule without output', () => {
    expect(() => tester.assertInvalid(plugin, 'prefix', { value: 'x', errors: ['missing'] })).toThrow(/must state its output/);
  });

  it('a severity other than the rule default', () => {
    expect(() => tester.assertInvalid(plugin, 'half-fix', { value: '#x', errors: [{ messageId: 'm', severity: 'error' }], output: null })).toThrow(/severity/);
  });

  it('fixed output that is still wrong (the output is linted again)', () => {
    expect(() => tester.assertInvalid(plugin, 'half-fix', { value: 'x', errors: ['m'], output: '#x' })).toThrow();
  });

  it('unknown messageIds and duplicate cases, before any test runs', () => {
    expect(() => tester.run(plugin, 'prefix', { valid: [], invalid: [{ value: 'x', errors: ['nope'], output: '#x' }] })).toThrow(/unknown messageId "nope"/);
    expect(() => tester.run(plugin, 'prefix', { valid: ['#a', { value: '#a' }], invalid: [] })).toThrow(/duplicate test case/);
    expect(() => tester.run(plugin, 'missing', { valid: [], invalid: [] })).toThrow(/has no rule "missing"/);
  });
});
