import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** What DNS refuses in a host name but ThreatConnect's URL pattern accepts: a warning (no resolver would find it). */
export const dnsName = defineRule({
  meta: {
    id: 'dns-name',
    subject: 'indicator',
    types: ['URL'],
    description: 'The host is a name DNS allows: no hyphen at either end of a label, at most 253 octets, valid Punycode labels',
    docsUrl: docsUrl('dns-name'),
    messages: {
      dnsName: 'URL {{value}} has the host {{host}}, which {{problem}}; ThreatConnect accepts it, but no resolver would find such a host',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['host-dns']);
    for (const problem of problems) ctx.report({ messageId: 'dnsName', data: { value: preview(raw), host: preview(problem.part ?? ''), problem: problem.detail }, field: TEXT });
  },
});
