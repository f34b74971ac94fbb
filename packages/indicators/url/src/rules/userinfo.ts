import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** ThreatConnect's URL pattern has no place for `user:password@`; not fixed (dropping it changes the indicator). */
export const userinfo = defineRule({
  meta: {
    id: 'userinfo',
    subject: 'indicator',
    types: ['URL'],
    description: 'No user name or password before the host (ThreatConnect refuses them)',
    docsUrl: docsUrl('userinfo'),
    messages: {
      userinfo: "URL {{value}} has user information (a user name or password, then @) before its host; ThreatConnect's URL pattern does not accept it",
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['userinfo']);
    for (const _ of problems) ctx.report({ messageId: 'userinfo', data: { value: preview(raw) }, field: TEXT });
  },
});
