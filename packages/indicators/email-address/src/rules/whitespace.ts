import { defineRule, preview } from '@tclint/core';
import { ADDRESS, docsUrl } from '../field.js';
import { emailOf, fixOf } from '../email-value.js';

/** No whitespace around the address (ThreatConnect's pattern refuses it). */
export const whitespace = defineRule({
  meta: {
    id: 'whitespace',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'An email address has no leading or trailing whitespace',
    docsUrl: docsUrl('whitespace'),
    messages: {
      surroundingWhitespace: 'Email address {{value}} has leading or trailing whitespace; write {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, analysis } = emailOf(subject, ctx);
    if (analysis.trimmed === undefined) return;
    ctx.report({ messageId: 'surroundingWhitespace', data: { value: preview(raw), fixed: preview(analysis.trimmed) }, field: ADDRESS, fix: fixOf(analysis.trimmed) });
  },
});
