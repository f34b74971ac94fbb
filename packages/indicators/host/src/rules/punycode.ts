import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostProblems } from '../host-value.js';

/** The seed rule: a Host must be ASCII; an internationalized name is written in Punycode. */
export const punycode = defineRule({
  meta: {
    id: 'punycode',
    subject: 'indicator',
    types: ['Host'],
    description: 'Host names are ASCII: internationalized names are written in Punycode (UTS #46 non-transitional)',
    docsUrl: docsUrl('punycode'),
    messages: {
      nonAscii: 'Host {{value}} is not ASCII; an internationalized name must be written in Punycode: {{fixed}}',
      noPunycode: 'Host {{value}} is not ASCII and has no Punycode form: {{reason}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { value, problems } = hostProblems(subject, ['non-ascii', 'no-punycode']);
    for (const problem of problems) {
      if (problem.code === 'no-punycode') {
        ctx.report({ messageId: 'noPunycode', data: { value, reason: problem.reason }, field: HOST_NAME });
        continue;
      }
      const fixed = problem.fixed!;
      ctx.report({ messageId: 'nonAscii', data: { value, fixed: preview(fixed) }, field: HOST_NAME, fix: { field: HOST_NAME, value: fixed } });
    }
  },
});
