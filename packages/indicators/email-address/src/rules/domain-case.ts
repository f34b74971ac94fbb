import { defineRule, preview } from '@tclint/core';
import { domainFindings, domainRepairable } from '../domain-findings.js';
import { domainData, emailOf, fixOf, withDomain } from '../email-value.js';
import { ADDRESS, docsUrl } from '../field.js';

/** ThreatConnect's EmailAddress pattern is case-insensitive, but the domain is stored in lower case, like a Host: a warning, fixed. */
export const domainCase = defineRule({
  meta: {
    id: 'domain-case',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'The domain is written in lower case, the form ThreatConnect stores (the local part keeps its case)',
    docsUrl: docsUrl('domain-case'),
    messages: {
      uppercase: 'The domain {{domain}} of {{value}} has upper-case letters; ThreatConnect accepts them but stores the domain in lower case, like a Host: {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = emailOf(subject, ctx);
    if (!analysis.domain) return;
    for (const finding of domainFindings(analysis.domain)) {
      if (finding.kind !== 'uppercase') continue;
      const fixed = withDomain(raw, analysis, finding.fixed);
      ctx.report({ messageId: 'uppercase', data: { ...domainData(raw, analysis), fixed: preview(fixed) }, field: ADDRESS, fix: domainRepairable(analysis.domain) ? fixOf(fixed) : undefined });
    }
  },
});
