import { defineRule, objectOptions, preview } from '@tclint/core';
import { DEFAULT_ALLOWLIST, type DefaultReason } from '../default-allowlist.js';
import { docsUrl } from '../docs-url.js';
import { domainOfEmail, hostOfUrl, isUnder, normalizeDomain } from '../domain.js';

const FIELDS: Record<string, string> = { Host: 'hostName', URL: 'text', EmailAddress: 'address' };

interface Entry {
  domain: string;
  messageId: DefaultReason | 'allowlisted';
  reference?: string;
}

/**
 * Hosts, URLs and email addresses in allowlisted domains: special-use names
 * (example.com, localhost, .test), a few big benign domains, and the
 * organisation's own list. Like MISP's warning lists, a warning: the value is
 * most likely a false positive, not certainly one.
 */
export const allowlistedDomain = defineRule({
  meta: {
    id: 'allowlisted-domain',
    subject: 'indicator',
    types: ['Host', 'URL', 'EmailAddress'],
    description: 'Warns about hosts, URLs and email addresses in allowlisted domains (special-use names, common benign domains, your own list)',
    docsUrl: docsUrl('allowlisted-domain'),
    messages: {
      specialUse: '{{host}} is under {{domain}}, a special-use domain name ({{reference}}); it never names a host on the internet',
      common: '{{host}} is under {{domain}}, a widely used benign domain (default allowlist); make sure it is really malicious',
      allowlisted: '{{host}} is under {{domain}}, which is on your allowlist (option "allowlist")',
    },
    severity: 'warn',
    options: objectOptions({ allowlist: 'string[]', defaults: 'boolean' }, { allowlist: [], defaults: true }),
  },
  check(subject, context) {
    const field = FIELDS[subject.type ?? ''];
    const value = field === undefined ? undefined : subject.values[field];
    if (field === undefined || value === undefined) return;
    const found = subject.type === 'URL' ? hostOfUrl(value) : subject.type === 'EmailAddress' ? domainOfEmail(value) : value;
    if (found === undefined) return;
    const host = normalizeDomain(found);
    const entry = entriesFor(context.options).find((e) => isUnder(host, e.domain));
    if (!entry) return;
    context.report({ messageId: entry.messageId, data: { host: preview(host), domain: entry.domain, reference: entry.reference }, field });
  },
});

// Options objects are made once per resolved config, so the normalized list is too.
const cache = new WeakMap<object, readonly Entry[]>();

/** The user's entries first (they win over a default for the same domain), then the defaults unless turned off. */
function entriesFor(options: { allowlist: string[]; defaults: boolean }): readonly Entry[] {
  let entries = cache.get(options);
  if (!entries) {
    const own: Entry[] = options.allowlist.map((domain) => ({ domain: normalizeDomain(domain), messageId: 'allowlisted' }));
    const defaults: Entry[] = options.defaults ? DEFAULT_ALLOWLIST.map((e) => ({ domain: e.domain, messageId: e.reason, reference: e.reference })) : [];
    entries = [...own.filter((e) => e.domain !== ''), ...defaults];
    cache.set(options, entries);
  }
  return entries;
}
