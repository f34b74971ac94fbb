import { defineRule, preview } from '@tclint/core';
import { isKnownTopLevelDomain } from '@tclint/hostname';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith } from '../host-value.js';

/**
 * What ThreatConnect's Host pattern asks of the end of a name: at least two
 * labels, and a top-level domain of 2 to 13 letters (or `xn--` and 2 to 22
 * letters and digits) that does not begin with a word of its exclusion list
 * (`exe`, `js`, `doc`, `log`, `arpa`...). The platform refuses real names
 * this way too (`.travelersinsurance`, `.doctor`); the message says the limit
 * is ThreatConnect's.
 */
export const topLevelDomain = defineRule({
  meta: {
    id: 'top-level-domain',
    subject: 'indicator',
    types: ['Host'],
    description: "The name ends in a top-level domain ThreatConnect's Host pattern accepts: 2-13 letters (or xn-- Punycode), not one of its excluded words",
    docsUrl: docsUrl('top-level-domain'),
    messages: {
      singleLabel: "Host {{value}} is a single label with no top-level domain; ThreatConnect's Host pattern refuses single-label names (write the full name, e.g. host.example.com)",
      numeric: "Host {{value}} ends in the all-digit label {{tld}}; no top-level domain is numeric, and ThreatConnect's Host pattern refuses it (if this is meant as an IP address, it is not a valid one)",
      digit: "Host {{value}} has the top-level domain {{tld}}, which has a digit in it; ThreatConnect's Host pattern accepts only letters there (or xn-- Punycode)",
      notLetters: "Host {{value}} has the top-level domain {{tld}}, which is not all letters; ThreatConnect's Host pattern accepts only letters there (or xn-- Punycode)",
      tooShort: "Host {{value}} has the one-letter top-level domain {{tld}}; ThreatConnect's Host pattern wants 2 to 13 letters",
      tooLong: "Host {{value}} has the top-level domain {{tld}} of {{length}} letters; ThreatConnect's Host pattern does not accept top-level domains longer than 13 letters",
      punycodeShape: "Host {{value}} has the Punycode top-level domain {{tld}}; ThreatConnect's Host pattern accepts only xn-- followed by 2 to 22 letters and digits there",
      excludedPrefix:
        'Host {{value}} has the top-level domain {{tld}}; ThreatConnect\'s Host pattern refuses top-level domains that begin with "{{word}}" (one of its excluded words, such as exe, js, doc, log and arpa){{hint}}',
      excludedWord: "Host {{value}} has the top-level domain {{tld}}; ThreatConnect's Host pattern refuses it (one of its excluded words){{hint}}",
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, analysis } = hostOf(subject, ctx);
    const value = preview(raw);
    if (analysis.singleLabel) return ctx.report({ messageId: 'singleLabel', data: { value }, field: HOST_NAME });
    // an all-digit last label leaves no host name to normalize: the normalization reports it
    for (const problem of problemsWith(analysis, ['numeric-tld'])) ctx.report({ messageId: 'numeric', data: { value, tld: preview(problem.label ?? '') }, field: HOST_NAME });
    const refusal = analysis.tldRefusal;
    if (!refusal) return;
    const tld = preview(analysis.tld ?? '');
    switch (refusal.kind) {
      case 'numeric':
        return ctx.report({ messageId: 'numeric', data: { value, tld }, field: HOST_NAME });
      case 'digit':
        return ctx.report({ messageId: 'digit', data: { value, tld }, field: HOST_NAME });
      case 'not-letters':
        return ctx.report({ messageId: 'notLetters', data: { value, tld }, field: HOST_NAME });
      case 'too-short':
        return ctx.report({ messageId: 'tooShort', data: { value, tld }, field: HOST_NAME });
      case 'too-long':
        return ctx.report({ messageId: 'tooLong', data: { value, tld, length: refusal.length }, field: HOST_NAME });
      case 'punycode-shape':
        return ctx.report({ messageId: 'punycodeShape', data: { value, tld }, field: HOST_NAME });
      case 'excluded': {
        // a file name typed as a Host (`MiniDump.exe`): say so
        const hint = isKnownTopLevelDomain(analysis.tld ?? '') ? '' : '; it looks like a file name, not a host';
        if (refusal.whole) return ctx.report({ messageId: 'excludedWord', data: { value, tld, hint }, field: HOST_NAME });
        return ctx.report({ messageId: 'excludedPrefix', data: { value, tld, word: refusal.word, hint }, field: HOST_NAME });
      }
    }
  },
});
