import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith, repairOf } from '../host-value.js';

/**
 * ThreatConnect's Host pattern is case-insensitive, so upper case is accepted,
 * but the platform stores hosts in lower case (and tcex sends them so): a
 * warning, fixed, unless the value has errors no fix repairs (`MiniDump.exe`
 * is no host whose case is ours to change).
 */
export const lowercase = defineRule({
  meta: {
    id: 'lowercase',
    subject: 'indicator',
    types: ['Host'],
    description: 'Host names are written in lower case, the form ThreatConnect stores',
    docsUrl: docsUrl('lowercase'),
    messages: {
      uppercase: 'Host {{value}} has upper-case letters; ThreatConnect accepts them but stores host names in lower case: {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    for (const problem of problemsWith(analysis, ['uppercase'])) {
      ctx.report({ messageId: 'uppercase', data: { value: preview(raw), fixed: preview(problem.fixed!) }, field: HOST_NAME, fix: repairOf(analysis, problem) });
    }
  },
});
