import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith } from '../host-value.js';

/** No whitespace around the name (ThreatConnect's Host pattern refuses it). */
export const whitespace = defineRule({
  meta: {
    id: 'whitespace',
    subject: 'indicator',
    types: ['Host'],
    description: 'Host names have no whitespace around them',
    docsUrl: docsUrl('whitespace'),
    messages: {
      whitespace: 'Host {{value}} has whitespace {{where}}; write it without: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    for (const problem of problemsWith(analysis, ['whitespace'])) {
      const before = raw.trimStart() !== raw;
      const after = raw.trimEnd() !== raw;
      const where = before && after ? 'before and after it' : before ? 'before it' : 'after it';
      const fixed = problem.fixed!;
      ctx.report({ messageId: 'whitespace', data: { value: preview(raw), where, fixed: preview(fixed) }, field: HOST_NAME, fix: { field: HOST_NAME, value: fixed } });
    }
  },
});
