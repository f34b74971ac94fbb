import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/**
 * The seed rule: the domain of a URL is lower case and ASCII (Punycode), and
 * what ThreatConnect's URL pattern asks of a host: a name ending in a
 * top-level domain of 2 to 24 letters, digits and hyphens, or a dotted decimal
 * IPv4 address (no IPv6 literal). The fix changes the host and nothing else,
 * byte for byte.
 */
export const host = defineRule({
  meta: {
    id: 'host',
    subject: 'indicator',
    types: ['URL'],
    description: "The host of a URL is lower case and ASCII (internationalized names in Punycode), and one ThreatConnect's URL pattern accepts; only the host is changed",
    docsUrl: docsUrl('host'),
    messages: {
      uppercase: 'URL {{value}} has upper-case letters in its host {{host}}; the domain must be lower case: {{fixed}}',
      nonAscii: 'URL {{value}} has the non-ASCII host {{host}}; the domain must be ASCII, an internationalized name in Punycode: {{fixed}}',
      noPunycode: 'URL {{value}} has the non-ASCII host {{host}}, which has no Punycode form: {{reason}}',
      invalidHost: 'URL {{value}} has an invalid host {{host}}: it {{problem}}',
      missingHost: 'URL {{value}} has no host; a {{scheme}} URL is written {{scheme}}://host/...',
      tld: "URL {{value}} has a host ending in {{tld}}; ThreatConnect's URL pattern accepts only top-level domains of 2 to 24 letters, digits and hyphens that start and end with a letter",
      ipv4Form: "URL {{value}} has the IPv4 host {{host}}; ThreatConnect's URL pattern accepts IPv4 hosts only as four decimal numbers 0-255 without leading zeros",
      ipv6Literal: "URL {{value}} has the IP literal {{host}} as its host; ThreatConnect's URL pattern does not accept IPv6 hosts",
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['missing-host', 'host-case', 'host-non-ascii', 'host-no-punycode', 'host-invalid', 'host-tld', 'ipv4-form', 'ipv6-literal']);
    const value = preview(raw);
    for (const problem of problems) {
      const host = preview(problem.part ?? '');
      const fix = problem.fixed === undefined ? undefined : { field: TEXT, value: problem.fixed };
      const fixed = problem.fixed === undefined ? '' : preview(problem.fixed);
      switch (problem.code) {
        case 'missing-host':
          ctx.report({ messageId: 'missingHost', data: { value, scheme: (problem.part ?? '').toLowerCase() }, field: TEXT });
          break;
        case 'host-case':
          ctx.report({ messageId: 'uppercase', data: { value, host, fixed }, field: TEXT, fix });
          break;
        case 'host-non-ascii':
          ctx.report({ messageId: 'nonAscii', data: { value, host, fixed }, field: TEXT, fix });
          break;
        case 'host-no-punycode':
          ctx.report({ messageId: 'noPunycode', data: { value, host, reason: problem.detail }, field: TEXT });
          break;
        case 'host-invalid':
          ctx.report({ messageId: 'invalidHost', data: { value, host, problem: problem.detail }, field: TEXT });
          break;
        case 'host-tld':
          ctx.report({ messageId: 'tld', data: { value, tld: host }, field: TEXT });
          break;
        case 'ipv4-form':
          ctx.report({ messageId: 'ipv4Form', data: { value, host }, field: TEXT });
          break;
        case 'ipv6-literal':
          ctx.report({ messageId: 'ipv6Literal', data: { value, host }, field: TEXT });
          break;
      }
    }
  },
});
