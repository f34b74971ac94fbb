import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith, repairOf } from '../host-value.js';

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
    const { raw, analysis } = hostOf(subject, ctx);
    const value = preview(raw);
    for (const problem of problemsWith(analysis, ['non-ascii', 'no-punycode'])) {
      if (problem.code === 'no-punycode') ctx.report({ messageId: 'noPunycode', data: { value, reason: problem.reason }, field: HOST_NAME });
      else ctx.report({ messageId: 'nonAscii', data: { value, fixed: preview(problem.fixed!) }, field: HOST_NAME, fix: repairOf(analysis, problem) });
    }
  },
});
