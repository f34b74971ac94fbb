import { defineRule } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostProblems } from '../host-value.js';

/** `xn--` labels must decode to a valid internationalized label, and the name must pass the Bidi rule. */
export const idn = defineRule({
  meta: {
    id: 'idn',
    subject: 'indicator',
    types: ['Host'],
    description: 'Punycode (xn--) labels decode to valid internationalized labels (UTS #46, IDNA2008)',
    docsUrl: docsUrl('idn'),
    messages: {
      invalidLabel: 'Host {{value}}: {{reason}}; a Punycode label must decode to a valid internationalized label (UTS #46){{more}}',
      bidi: 'Host {{value}}: {{reason}}',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { value, problems } = hostProblems(subject, ['invalid-idn']);
    for (const problem of problems) {
      if (problem.label === undefined) {
        ctx.report({ messageId: 'bidi', data: { value, reason: problem.reason }, field: HOST_NAME });
        continue;
      }
      const others = (problem.count ?? 1) - 1;
      const more = others > 0 ? ` (${others} more such label${others === 1 ? '' : 's'})` : '';
      ctx.report({ messageId: 'invalidLabel', data: { value, reason: problem.reason, more }, field: HOST_NAME });
    }
  },
});
