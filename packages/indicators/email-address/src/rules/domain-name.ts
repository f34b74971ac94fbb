import { defineRule, preview } from '@tclint/core';
import { domainFindings } from '../domain-findings.js';
import { domainData, emailOf } from '../email-value.js';
import { ADDRESS, docsUrl } from '../field.js';

/**
 * What ThreatConnect's EmailAddress pattern accepts in a domain but no mail
 * could reach: an IP address, a name DNS could not hold, an invalid Punycode
 * label, a top-level domain no registry knows (`/xwunThedic@t6.php` is a URL
 * path, not an address). Warnings.
 */
export const domainName = defineRule({
  meta: {
    id: 'domain-name',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'The domain is a host name DNS allows, ending in a real top-level domain',
    docsUrl: docsUrl('domain-name'),
    messages: {
      ipAddress: 'The domain {{domain}} of {{value}} is an IP address; ThreatConnect accepts it, but the domain of an email address is a host name',
      dns: 'The domain {{domain}} of {{value}} {{detail}}; ThreatConnect accepts it, but no mail could reach it',
      unknownTld:
        'The domain {{domain}} of {{value}} ends in {{tld}}, which is not a top-level domain on the Public Suffix List; ThreatConnect accepts it, but it is probably not an email address (a URL path or a file name?)',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = emailOf(subject, ctx);
    if (!analysis.domain) return;
    for (const finding of domainFindings(analysis.domain)) {
      if (finding.kind === 'ip-address' && finding.severity === 'warning') ctx.report({ messageId: 'ipAddress', data: domainData(raw, analysis), field: ADDRESS });
      else if (finding.kind === 'invalid' && finding.severity === 'warning') ctx.report({ messageId: 'dns', data: { ...domainData(raw, analysis), detail: finding.detail }, field: ADDRESS });
      else if (finding.kind === 'unknown-tld') ctx.report({ messageId: 'unknownTld', data: { ...domainData(raw, analysis), tld: preview(finding.tld) }, field: ADDRESS });
    }
  },
});
