import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** ThreatConnect's URL pattern accepts the scheme in lower case only; only the scheme changes. */
export const schemeCase = defineRule({
  meta: {
    id: 'scheme-case',
    subject: 'indicator',
    types: ['URL'],
    description: 'The scheme is written in lower case (ThreatConnect refuses any other)',
    docsUrl: docsUrl('scheme-case'),
    messages: {
      uppercase: "URL {{value}} has the scheme {{scheme}} in upper case; ThreatConnect's URL pattern accepts it in lower case only: {{fixed}}",
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['scheme-case']);
    for (const problem of problems) {
      const fixed = problem.fixed!;
      ctx.report({ messageId: 'uppercase', data: { value: preview(raw), scheme: preview(problem.part ?? ''), fixed: preview(fixed) }, field: TEXT, fix: { field: TEXT, value: fixed } });
    }
  },
});
