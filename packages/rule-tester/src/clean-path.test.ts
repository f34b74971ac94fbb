import { defineAnalysis, definePlugin, defineRule, indicator, SHAPE, shapeFilter, type Plugin } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertIsCleanHolds, assertMayDetectHolds, testIsClean, testMayDetect } from './clean-path.js';
import { RuleTester } from './rule-tester.js';

const parsed = defineAnalysis('tag/parse', (value: string) => ({ hash: value.startsWith('#'), lower: value.toLowerCase() }));

const prefix = defineRule({
  meta: { id: 'prefix', subject: 'indicator', types: ['Hashtag'], description: 'starts with #', messages: { missing: 'no #' }, fixable: true },
  check(subject, context) {
    const value = subject.values.Hashtag ?? '';
    if (!context.analyze(parsed, value).hash) context.report({ messageId: 'missing', field: 'Hashtag', fix: { field: 'Hashtag', value: `#${value}` } });
  },
});
const lower = defineRule({
  meta: { id: 'lower', subject: 'indicator', types: ['Hashtag'], description: 'lower case', messages: { upper: 'upper' }, fixable: true, severity: 'warn' },
  check(subject, context) {
    const value = subject.values.Hashtag ?? '';
    const { lower } = context.analyze(parsed, value);
    if (lower !== value) context.report({ messageId: 'upper', field: 'Hashtag', fix: { field: 'Hashtag', value: lower } });
  },
});

const tagPlugin = (isClean: Plugin['isClean']) =>
  definePlugin({
    meta: { name: 'tags', namespace: 'tags' },
    rules: { prefix, lower },
    isClean,
    detect: (value) => (/^#[a-z]+$/i.test(value) ? { type: 'Hashtag', confidence: 0.9 } : undefined),
    mayDetect: shapeFilter({ all: SHAPE.LEADING_HASH, only: SHAPE.HASH | SHAPE.LEADING_HASH | SHAPE.LETTER | SHAPE.UPPERCASE }),
  });

const right = tagPlugin((subject) => /^#[a-z0-9]*$/.test(subject.values.Hashtag ?? ''));
const tooKind = tagPlugin((subject) => (subject.values.Hashtag ?? '').startsWith('#'));
const tags = fc.string({ unit: fc.constantFrom('#', 'a', 'B', '1'), maxLength: 6 });

// The helpers used as a plugin author would.
testIsClean(right, { arbitrary: tags, values: ['#a', '#A', 'a'], exact: ['#ok', '#NO', 'no', ''] });
testMayDetect(right, { arbitrary: tags, values: ['#Tag', 'tag', '#ta-g'] });
new RuleTester().run(right, 'lower', { valid: ['#abc'], invalid: [{ value: '#ABC', errors: ['upper'], output: '#abc' }] });

describe('the clean-path helpers catch', () => {
  it('an isClean that calls a value clean that a rule reports', () => {
    expect(() => assertIsCleanHolds(tooKind, indicator('Hashtag', { Hashtag: '#A' }))).toThrow(/isClean called \{"Hashtag":"#A"\} clean, but the rules report it/);
    expect(() => assertIsCleanHolds(right, indicator('Hashtag', { Hashtag: '#A' }))).not.toThrow();
  });

  it('an invalid rule-tester case that isClean calls clean', () => {
    expect(() => new RuleTester().assertInvalid(tooKind, 'lower', { value: '#ABC', errors: ['upper'], output: '#abc' })).toThrow(/isClean calls this invalid case clean/);
  });

  it('a plugin without the hooks it is asked about', () => {
    const bare = definePlugin({ meta: { name: 'bare', namespace: 'bare' }, rules: { prefix } });
    expect(() => testIsClean(bare, { values: ['#a'] })).toThrow(/has no isClean/);
    expect(() => testMayDetect(bare, { values: ['#a'] })).toThrow(/needs both detect and mayDetect/);
  });

  it('a mayDetect that rejects a shape detect recognizes', () => {
    const wrong = definePlugin({ ...right, mayDetect: shapeFilter({ none: SHAPE.UPPERCASE }) });
    expect(() => assertMayDetectHolds(wrong, '#Tag')).toThrow(/mayDetect rejects the shape of "#Tag", which detect recognizes/);
    expect(() => assertMayDetectHolds(right, '#Tag')).not.toThrow();
  });
});
