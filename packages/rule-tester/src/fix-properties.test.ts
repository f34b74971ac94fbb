import { createEngine, defineAnalysis, definePlugin, defineRule, indicator } from '@tclint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertFixLaws, testFixProperties } from './fix-properties.js';

const parsed = defineAnalysis('tag/parse', (value: string) => ({ hash: value.startsWith('#'), trimmed: value.trim() }));

const prefix = defineRule({
  meta: { id: 'prefix', subject: 'indicator', types: ['Hashtag'], description: 'starts with #', messages: { missing: 'no #' }, fixable: true },
  check(subject, context) {
    const value = subject.values.Hashtag ?? '';
    if (!context.analyze(parsed, value).hash) context.report({ messageId: 'missing', field: 'Hashtag', fix: { field: 'Hashtag', value: `#${value}` } });
  },
});
const word = defineRule({
  meta: { id: 'word', subject: 'indicator', types: ['Hashtag'], description: 'one word', messages: { other: 'not a word' } },
  check(subject, context) {
    if (!/^#?[a-z]+$/.test(subject.values.Hashtag ?? '')) context.report({ messageId: 'other', field: 'Hashtag' });
  },
});
/** Claims to fix what it does not: the fixed value is still one the "platform" refuses, with no error left. */
const lenient = defineRule({
  meta: { id: 'lenient', subject: 'indicator', types: ['Hashtag'], description: 'drops digits', messages: { digits: 'digits' }, fixable: true, severity: 'warn' },
  check(subject, context) {
    const value = subject.values.Hashtag ?? '';
    if (/[0-9]/.test(value)) context.report({ messageId: 'digits', field: 'Hashtag', fix: { field: 'Hashtag', value: value.replace(/[0-9]/g, '') } });
  },
});

const tags = definePlugin({ meta: { name: 'tags', namespace: 'tags' }, rules: { prefix, word }, detect: (value) => (value.startsWith('#') ? { type: 'Hashtag', confidence: 0.9 } : undefined) });
const platformAccepts = (values: Record<string, string>) => /^#[a-z]+$/.test(values.Hashtag ?? '');
const subject = (value: string) => indicator('Hashtag', { Hashtag: value });
const noise = fc.string({ unit: fc.constantFrom('#', 'a', 'b', '1', ' '), maxLength: 6 });

// The helper used as a plugin author would.
testFixProperties(tags, {
  subject,
  clean: fc.stringMatching(/^#[a-z]{1,5}$/),
  noise,
  accepts: (s) => platformAccepts(s.values),
  fixed: (value, output) => expect(output.values.Hashtag).toBe(`#${value}`),
});

describe('assertFixLaws', () => {
  it('catches a fix that leaves a value the platform refuses without an error', () => {
    const broken = definePlugin({ meta: { name: 'broken', namespace: 'broken' }, rules: { prefix, lenient } });
    const engine = createEngine({ config: [broken.configs.recommended] });
    const options = { subject, noise, accepts: (s: { values: Record<string, string> }) => /^#[a-z]*$/.test(s.values.Hashtag ?? '') && !/ /.test(s.values.Hashtag ?? '') };
    expect(() => assertFixLaws(engine, broken, 'a1', options)).not.toThrow();
    expect(() => assertFixLaws(engine, broken, 'a 1', options)).toThrow(/is refused by the platform, but has no error/);
  });

  it('catches a fix that is not idempotent', () => {
    const growing = defineRule({
      meta: { id: 'grow', subject: 'indicator', types: ['Hashtag'], description: 'grows', messages: { m: 'm' }, fixable: true, severity: 'warn' },
      check(s, context) {
        const value = s.values.Hashtag ?? '';
        if (value.length < 3) context.report({ messageId: 'm', field: 'Hashtag', fix: { field: 'Hashtag', value: `${value}a` } });
      },
    });
    const plugin = definePlugin({ meta: { name: 'grow', namespace: 'grow' }, rules: { grow: growing } });
    const engine = createEngine({ config: [plugin.configs.recommended], maxPasses: 1 });
    expect(() => assertFixLaws(engine, plugin, '', { subject, noise })).toThrow();
  });
});
