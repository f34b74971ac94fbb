import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** `http://example.com./` is written `http://example.com/`: only the dot goes. */
export const trailingDot = defineRule({
  meta: {
    id: 'trailing-dot',
    subject: 'indicator',
    types: ['URL'],
    description: 'The host of a URL is written without a trailing root dot',
    docsUrl: docsUrl('trailing-dot'),
    messages: {
      trailingDot: 'URL {{value}} has a root dot at the end of its host {{host}}; write the host without it: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['host-trailing-dot']);
    const value = preview(raw);
    for (const problem of problems) {
      const fixed = problem.fixed!;
      ctx.report({ messageId: 'trailingDot', data: { value, host: preview(problem.part ?? ''), fixed: preview(fixed) }, field: TEXT, fix: { field: TEXT, value: fixed } });
    }
  },
});
