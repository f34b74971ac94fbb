// A tiny plugin for the rule tester's own tests.
import { definePlugin, defineRule } from '@tclint/core';

const hashPrefix = defineRule({
  meta: {
    id: 'prefix',
    subject: 'indicator',
    types: ['Hashtag'],
    description: 'hashtags start with #',
    messages: { missing: '"{{value}}" must start with #', empty: 'empty hashtag' },
    fixable: true,
  },
  check(subject, ctx) {
    const value = subject.values.Hashtag ?? '';
    if (value === '') ctx.report({ messageId: 'empty', field: 'Hashtag' });
    else if (!value.startsWith('#')) ctx.report({ messageId: 'missing', data: { value }, field: 'Hashtag', fix: { field: 'Hashtag', value: `#${value}` } });
  },
});

/** Claims to fix but produces output that is still wrong. */
const halfFix = defineRule({
  meta: { id: 'half-fix', subject: 'indicator', types: ['Hashtag'], description: 'broken', messages: { m: 'needs ##' }, fixable: true, severity: 'warn' },
  check(subject, ctx) {
    const value = subject.values.Hashtag ?? '';
    if (!value.startsWith('##')) ctx.report({ messageId: 'm', fix: { field: 'Hashtag', value: value.startsWith('#') ? value : `#${value}` } });
  },
});

export const plugin = definePlugin({ meta: { name: 'tester-test', namespace: 'tt' }, rules: { prefix: hashPrefix, 'half-fix': halfFix } });
