import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith } from '../host-value.js';

/** `example.com.` (the fully qualified form with the root label) is written `example.com`: the Host pattern refuses the dot. */
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
    const { raw, analysis } = hostOf(subject, ctx);
    for (const problem of problemsWith(analysis, ['trailing-dot'])) {
      const fixed = problem.fixed!;
      ctx.report({
        messageId: 'trailingDot',
        data: { value: preview(raw), dot: preview(problem.char ?? '.'), fixed: preview(fixed) },
        field: HOST_NAME,
        fix: { field: HOST_NAME, value: fixed },
      });
    }
  },
});
