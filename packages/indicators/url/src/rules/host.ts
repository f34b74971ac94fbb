import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/**
 * The seed rule: the domain of a URL is lower case and ASCII (Punycode). The
 * fix changes the host and nothing else, byte for byte.
 */
export const host = defineRule({
  meta: {
    id: 'host',
    subject: 'indicator',
    types: ['URL'],
    description: 'The host of a URL is lower case and ASCII (internationalized names in Punycode); only the host is changed',
    docsUrl: docsUrl('host'),
    messages: {
      uppercase: 'URL {{value}} has upper-case letters in its host {{host}}; the domain must be lower case: {{fixed}}',
      nonAscii: 'URL {{value}} has the non-ASCII host {{host}}; the domain must be ASCII, an internationalized name in Punycode: {{fixed}}',
      noPunycode: 'URL {{value}} has the non-ASCII host {{host}}, which has no Punycode form: {{reason}}',
      invalidHost: 'URL {{value}} has an invalid host {{host}}: it {{problem}}',
      missingHost: 'URL {{value}} has no host; a {{scheme}} URL is written {{scheme}}://host/...',
      uppercaseIpv6: 'URL {{value}} has upper-case hex digits in its IPv6 host {{host}}; write them in lower case: {{fixed}}',
      invalidIpv6: 'URL {{value}} has {{host}} in brackets, which is not an IPv6 address; only IPv6 addresses are written in brackets',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { value, problems } = urlProblems(subject, ['missing-host', 'host-case', 'host-non-ascii', 'host-no-punycode', 'host-invalid', 'ipv6-case', 'ipv6-invalid']);
    for (const problem of problems) {
      // data objects written out in full (value, host, then the rest): spreading a fresh object is a slow path in V8
      const host = preview(problem.part ?? '');
      const data = { value, host };
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
        case 'ipv6-case':
          ctx.report({ messageId: 'uppercaseIpv6', data: { value, host, fixed }, field: TEXT, fix });
          break;
        case 'ipv6-invalid':
          ctx.report({ messageId: 'invalidIpv6', data, field: TEXT });
          break;
      }
    }
  },
});
