import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** A port is a number from 1 to 65535 written without leading zeros, as ThreatConnect's URL pattern asks; only ":port" may follow an IPv6 host. */
export const port = defineRule({
  meta: {
    id: 'port',
    subject: 'indicator',
    types: ['URL'],
    description: 'The port of a URL is a number from 1 to 65535 without leading zeros',
    docsUrl: docsUrl('port'),
    messages: {
      invalidPort: "URL {{value}} has the port {{port}}; ThreatConnect's URL pattern accepts only a number from 1 to 65535 without leading zeros{{hint}}",
      emptyPort: 'URL {{value}} has ":" with no port after it; ThreatConnect\'s URL pattern refuses it. Without the ":" it means the same: {{fixed}}',
      leadingZeros: "URL {{value}} has the port {{port}} with leading zeros; ThreatConnect's URL pattern refuses them: {{fixed}}",
      afterHost: 'URL {{value}} has {{text}} after its IPv6 host; only ":port" may follow "]"',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['port-invalid', 'after-host']);
    const value = preview(raw);
    for (const problem of problems) {
      const part = problem.part ?? '';
      if (problem.code === 'after-host') {
        ctx.report({ messageId: 'afterHost', data: { value, text: preview(part) }, field: TEXT });
      } else if (problem.fixed !== undefined) {
        const fix = { field: TEXT, value: problem.fixed };
        ctx.report({ messageId: part === '' ? 'emptyPort' : 'leadingZeros', data: { value, port: preview(part), fixed: preview(problem.fixed) }, field: TEXT, fix });
      } else {
        const hint = problem.ipv6 ? '; an IPv6 address in a URL is written in brackets, e.g. http://[2001:db8::1]/ (which ThreatConnect refuses too)' : '';
        ctx.report({ messageId: 'invalidPort', data: { value, port: preview(part), hint }, field: TEXT });
      }
    }
  },
});
