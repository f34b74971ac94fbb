import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { HASH_FIELDS } from '../fields.js';

/** A hash is written without whitespace around it. */
export const whitespace = defineRule({
  meta: {
    id: 'whitespace',
    subject: 'indicator',
    types: ['File'],
    description: 'Hashes have no whitespace around them',
    docsUrl: docsUrl('whitespace'),
    messages: {
      whitespace: '{{field}} {{value}} has whitespace {{where}}; write the hash alone: {{fixed}}',
      blank: '{{field}} is only whitespace ({{value}}); leave it empty when there is no hash of this kind',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    for (const field of HASH_FIELDS) {
      const value = subject.values[field];
      if (value === undefined) continue;
      const trimmed = value.trim();
      if (trimmed === value) continue;
      const fix = { field, value: trimmed };
      if (trimmed === '') {
        ctx.report({ messageId: 'blank', data: { field, value: preview(value) }, field, fix });
        continue;
      }
      const before = value.length - value.trimStart().length > 0;
      const after = value.trimEnd().length < value.length;
      const where = before && after ? 'before and after it' : before ? 'before it' : 'after it';
      ctx.report({ messageId: 'whitespace', data: { field, value: preview(value), where, fixed: preview(trimmed) }, field, fix });
    }
  },
});
