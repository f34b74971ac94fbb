import { defineRule, preview } from '@tclint/core';
import { domainFindings, domainRepairable } from '../domain-findings.js';
import { domainData, emailOf, fixOf, withDomain } from '../email-value.js';
import { ADDRESS, docsUrl } from '../field.js';

/** Typographic dashes in the domain are read as ASCII hyphens, never turned into Punycode: a warning, since it is a guess. */
export const typographicDash = defineRule({
  meta: {
    id: 'typographic-dash',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'Typographic dashes (U+2010..U+2015) in the domain are read as ASCII hyphens, never converted to Punycode',
    docsUrl: docsUrl('typographic-dash'),
    messages: {
      dash: 'The domain {{domain}} of {{value}} has a typographic dash where a host name has a hyphen; it probably means {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = emailOf(subject, ctx);
    if (!analysis.domain) return;
    for (const finding of domainFindings(analysis.domain)) {
      if (finding.kind !== 'typographic-dash') continue;
      const fixed = withDomain(raw, analysis, finding.fixed);
      ctx.report({ messageId: 'dash', data: { ...domainData(raw, analysis), fixed: preview(fixed) }, field: ADDRESS, fix: domainRepairable(analysis.domain) ? fixOf(fixed) : undefined });
    }
  },
});
