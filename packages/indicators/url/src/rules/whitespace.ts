import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** No whitespace around the URL (ThreatConnect's URL pattern refuses it). */
export const whitespace = defineRule({
  meta: {
    id: 'whitespace',
    subject: 'indicator',
    types: ['URL'],
    description: 'URLs have no whitespace around them',
    docsUrl: docsUrl('whitespace'),
    messages: {
      whitespace: 'URL {{value}} has whitespace {{where}}; write it without: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['whitespace']);
    for (const problem of problems) {
      const before = raw.trimStart() !== raw;
      const after = raw.trimEnd() !== raw;
      const where = before && after ? 'before and after it' : before ? 'before it' : 'after it';
      const fixed = problem.fixed!;
      ctx.report({ messageId: 'whitespace', data: { value: preview(raw), where, fixed: preview(fixed) }, field: TEXT, fix: { field: TEXT, value: fixed } });
    }
  },
});
