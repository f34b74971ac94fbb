import { defineRule, preview } from '@tclint/core';
import { domainFindings, domainRepairable } from '../domain-findings.js';
import { domainData, emailOf, fixOf, withDomain } from '../email-value.js';
import { ADDRESS, docsUrl } from '../field.js';

/**
 * The domain is written as a Host (Punycode, no root dot), and as
 * ThreatConnect's EmailAddress pattern asks: two labels or more of letters,
 * digits and inner hyphens, the last of two characters or more. Fixes are
 * made in place, and only where the fixed domain is one the pattern accepts.
 */
export const domain = defineRule({
  meta: {
    id: 'domain',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: "The domain is a host name ThreatConnect's EmailAddress pattern accepts, in Punycode",
    docsUrl: docsUrl('domain'),
    messages: {
      nonAscii: 'The domain {{domain}} of {{value}} is not ASCII; ThreatConnect wants it in Punycode, like a Host: {{fixed}}',
      trailingDot: 'The domain {{domain}} of {{value}} ends with a root dot; write {{fixed}}',
      noPunycode: 'The domain {{domain}} of {{value}} is not ASCII and has no Punycode form: {{reason}}',
      ipAddress: 'The domain {{domain}} of {{value}} is an IP address; the domain of an EmailAddress indicator is a host name',
      addressLiteral: "The domain {{domain}} of {{value}} is an address literal; ThreatConnect's EmailAddress pattern accepts host names only",
      underscore: "The domain {{domain}} of {{value}} has an underscore; ThreatConnect's EmailAddress pattern does not accept underscores in the domain",
      singleLabel: "The domain {{domain}} of {{value}} is a single label; ThreatConnect's EmailAddress pattern wants a domain of two labels or more (user@example.com)",
      shortTld: "The domain {{domain}} of {{value}} ends in the one-character label {{tld}}; ThreatConnect's EmailAddress pattern wants at least two there",
      invalid: 'The domain {{domain}} of {{value}} {{detail}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, analysis } = emailOf(subject, ctx);
    if (!analysis.domain) return;
    const data = domainData(raw, analysis);
    const repairable = domainRepairable(analysis.domain);
    for (const finding of domainFindings(analysis.domain)) {
      switch (finding.kind) {
        case 'literal':
          ctx.report({ messageId: 'addressLiteral', data, field: ADDRESS });
          break;
        case 'ip-address':
          if (finding.severity === 'error') ctx.report({ messageId: 'ipAddress', data, field: ADDRESS });
          break;
        case 'non-ascii':
        case 'trailing-dot': {
          const fixed = withDomain(raw, analysis, finding.fixed);
          const fix = repairable ? fixOf(fixed) : undefined;
          ctx.report({ messageId: finding.kind === 'non-ascii' ? 'nonAscii' : 'trailingDot', data: { ...data, fixed: preview(fixed) }, field: ADDRESS, fix });
          break;
        }
        case 'no-punycode':
          ctx.report({ messageId: 'noPunycode', data: { ...data, reason: finding.reason }, field: ADDRESS });
          break;
        case 'underscore':
          ctx.report({ messageId: 'underscore', data, field: ADDRESS });
          break;
        case 'single-label':
          ctx.report({ messageId: 'singleLabel', data, field: ADDRESS });
          break;
        case 'short-tld':
          ctx.report({ messageId: 'shortTld', data: { ...data, tld: preview(finding.tld) }, field: ADDRESS });
          break;
        case 'invalid':
          if (finding.severity === 'error') ctx.report({ messageId: 'invalid', data: { ...data, detail: finding.detail }, field: ADDRESS });
          break;
      }
    }
  },
});
