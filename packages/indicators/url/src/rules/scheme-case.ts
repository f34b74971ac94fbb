import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** Schemes are case-insensitive and written in lower case; only the scheme changes. */
export const schemeCase = defineRule({
  meta: {
    id: 'scheme-case',
    subject: 'indicator',
    types: ['URL'],
    description: 'The scheme is written in lower case (policy)',
    docsUrl: docsUrl('scheme-case'),
    messages: {
      uppercase: 'URL {{value}} has the scheme {{scheme}} in upper case; schemes are written in lower case: {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const { value, problems } = urlProblems(subject, ['scheme-case']);
    for (const problem of problems) {
      const fixed = problem.fixed!;
      ctx.report({ messageId: 'uppercase', data: { value, scheme: preview(problem.part ?? ''), fixed: preview(fixed) }, field: TEXT, fix: { field: TEXT, value: fixed } });
    }
  },
});
