import { definePlugin, defineRule, indicator, type Plugin, type SettledChange } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSettleHolds, testSettle } from './settle.js';

const prefix = defineRule({
  meta: { id: 'prefix', subject: 'indicator', types: ['Hashtag'], description: 'starts with #', messages: { missing: 'no #' }, fixable: true },
  check(subject, context) {
    const value = subject.values.Hashtag ?? '';
    if (!value.startsWith('#')) context.report({ messageId: 'missing', field: 'Hashtag', fix: { field: 'Hashtag', value: `#${value}` } });
  },
});
const lower = defineRule({
  meta: { id: 'lower', subject: 'indicator', types: ['Hashtag'], description: 'lower case', messages: { upper: 'upper' }, fixable: true, severity: 'warn' },
  check(subject, context) {
    const value = subject.values.Hashtag ?? '';
    if (value.toLowerCase() !== value) context.report({ messageId: 'upper', field: 'Hashtag', fix: { field: 'Hashtag', value: value.toLowerCase() } });
  },
});

const tagPlugin = (order: 'prefix first' | 'lower first') =>
  definePlugin({
    meta: { name: 'tags', namespace: 'tags' },
    rules: { prefix, lower },
    isClean: (subject) => /^#[^A-Z]*$/.test(subject.values.Hashtag ?? ''),
    settle: (subject) => {
      const rules = order === 'prefix first' ? ['prefix', 'lower'] : ['lower', 'prefix'];
      const changes: SettledChange[] = [];
      let current = subject.values.Hashtag ?? '';
      for (const rule of rules) {
        const fixed = rule === 'prefix' ? (current.startsWith('#') ? current : `#${current}`) : current.toLowerCase();
        if (fixed !== current) changes.push({ rule, field: 'Hashtag', value: (current = fixed) });
      }
      return changes.length ? { changes } : undefined;
    },
  });

const right = tagPlugin('prefix first');
const tags = fc.string({ unit: fc.constantFrom('#', 'a', 'B', '1'), maxLength: 6 });

// The helper used as a plugin author would.
testSettle(right, { arbitrary: tags, values: ['a', 'A', '#A'], settles: ['aB', '#B'] });

describe('assertSettleHolds', () => {
  const subject = indicator('Hashtag', { Hashtag: 'Ab' });

  it('passes when the rules make the same changes in the same passes', () => {
    expect(assertSettleHolds(right, subject)).toBe(true);
    expect(assertSettleHolds(right, indicator('Hashtag', { Hashtag: '#ok' }))).toBe(false);
  });

  it('fails when settle gives the changes in another order than the rules\' passes', () => {
    expect(() => assertSettleHolds(tagPlugin('lower first'), subject)).toThrow(/settle's changes of/);
  });

  it('fails when the settled value still has problems', () => {
    const wrong: Plugin = { ...right, settle: () => ({ changes: [{ rule: 'lower', field: 'Hashtag', value: 'ab' }] }) };
    expect(() => assertSettleHolds(wrong, subject)).toThrow();
  });

  it('refuses a plugin without settle', () => {
    expect(() => testSettle({ meta: { name: 'none', namespace: 'none' }, rules: {} }, {})).toThrow(/no settle/);
  });
});
