import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** A port is a decimal number 0..65535; only ":port" may follow an IPv6 host. */
export const port = defineRule({
  meta: {
    id: 'port',
    subject: 'indicator',
    types: ['URL'],
    description: 'The port of a URL is a number from 0 to 65535',
    docsUrl: docsUrl('port'),
    messages: {
      invalidPort: 'URL {{value}} has the port {{port}}, which is not a number from 0 to 65535{{hint}}',
      afterHost: 'URL {{value}} has {{text}} after its IPv6 host; only ":port" may follow "]"',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { value, problems } = urlProblems(subject, ['port-invalid', 'after-host']);
    for (const problem of problems) {
      const part = problem.part ?? '';
      if (problem.code === 'after-host') {
        ctx.report({ messageId: 'afterHost', data: { value, text: preview(part) }, field: TEXT });
        continue;
      }
      const hint = problem.ipv6 ? '; an IPv6 address in a URL is written in brackets, e.g. http://[2001:db8::1]/' : '';
      ctx.report({ messageId: 'invalidPort', data: { value, port: preview(part), hint }, field: TEXT });
    }
  },
});
