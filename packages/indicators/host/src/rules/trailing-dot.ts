import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostProblems } from '../host-value.js';

/** `example.com.` (the fully qualified form with the root label) is written `example.com`. */
export const trailingDot = defineRule({
  meta: {
    id: 'trailing-dot',
    subject: 'indicator',
    types: ['Host'],
    description: 'Host names are written without the trailing root dot',
    docsUrl: docsUrl('trailing-dot'),
    messages: {
      trailingDot: 'Host {{value}} ends with a root dot {{dot}}; ThreatConnect host names are written without it: {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { value, problems } = hostProblems(subject, ['trailing-dot']);
    for (const problem of problems) {
      const fixed = problem.fixed!;
      ctx.report({
        messageId: 'trailingDot',
        data: { value, dot: preview(problem.char ?? '.'), fixed: preview(fixed) },
        field: HOST_NAME,
        fix: { field: HOST_NAME, value: fixed },
      });
    }
  },
});
