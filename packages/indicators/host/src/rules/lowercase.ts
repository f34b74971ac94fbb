import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostProblems } from '../host-value.js';

/** Policy: ThreatConnect lowercases hosts and tcex sends them lower case, so upper case is fixed. */
export const lowercase = defineRule({
  meta: {
    id: 'lowercase',
    subject: 'indicator',
    types: ['Host'],
    description: 'Host names are written in lower case (policy)',
    docsUrl: docsUrl('lowercase'),
    messages: {
      uppercase: 'Host {{value}} has upper-case letters; host names are written in lower case: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { value, problems } = hostProblems(subject, ['uppercase']);
    for (const problem of problems) {
      const fixed = problem.fixed!;
      ctx.report({ messageId: 'uppercase', data: { value, fixed: preview(fixed) }, field: HOST_NAME, fix: { field: HOST_NAME, value: fixed } });
    }
  },
});
