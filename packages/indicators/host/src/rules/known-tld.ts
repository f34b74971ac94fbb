import { defineRule, preview } from '@tclint/core';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf } from '../host-value.js';

/**
 * A top-level domain the Public Suffix List does not know (`update.bat`,
 * `files.local`) is no host on the internet: most often a file name or an
 * internal name. ThreatConnect accepts what its pattern accepts, so this is a
 * warning (where the pattern refuses the ending, host/top-level-domain says so).
 */
export const knownTld = defineRule({
  meta: {
    id: 'known-tld',
    subject: 'indicator',
    types: ['Host'],
    description: 'The top-level domain is a real one (the Public Suffix List knows it)',
    docsUrl: docsUrl('known-tld'),
    messages: {
      unknown:
        'Host {{value}} ends in {{tld}}, which is not a top-level domain on the Public Suffix List; ThreatConnect accepts it, but it is probably a file name or an internal name, not a host on the internet',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    if (analysis.tld === undefined || analysis.singleLabel || analysis.tldRefusal || analysis.knownTld) return;
    ctx.report({ messageId: 'unknown', data: { value: preview(raw), tld: preview(analysis.tld) }, field: HOST_NAME });
  },
});
