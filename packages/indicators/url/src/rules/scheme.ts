import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** ThreatConnect's URL field is "a valid URL, including protocol", and its pattern accepts http, https, ftp and sftp only. */
export const scheme = defineRule({
  meta: {
    id: 'scheme',
    subject: 'indicator',
    types: ['URL'],
    description: 'URLs start with a scheme ThreatConnect accepts: http://, https://, ftp:// or sftp://',
    docsUrl: docsUrl('scheme'),
    messages: {
      empty: 'URL is empty; ThreatConnect URLs are written with their protocol, e.g. http://example.com/',
      missingScheme: 'URL {{value}} has no scheme; ThreatConnect URLs are written with their protocol, e.g. {{example}} (a bare host name is a Host indicator)',
      schemeRelative: 'URL {{value}} has no scheme before "//"; ThreatConnect URLs are written with their protocol, e.g. {{example}}',
      defanged:
        'URL {{value}} has no scheme ThreatConnect can read: it looks defanged; write it refanged, with its real scheme (the @tclint/indicator-defanged rules refang it)',
      notAccepted: "URL {{value}} has the scheme {{scheme}}; ThreatConnect's URL pattern accepts only http, https, ftp and sftp URLs{{hint}}",
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['empty', 'missing-scheme', 'scheme-not-accepted']);
    for (const problem of problems) {
      const value = preview(raw);
      if (problem.code === 'empty') {
        ctx.report({ messageId: 'empty', field: TEXT });
      } else if (problem.code === 'scheme-not-accepted') {
        const hint = problem.defanged ? '; it looks defanged: write the real scheme (the @tclint/indicator-defanged rules refang it)' : '';
        ctx.report({ messageId: 'notAccepted', data: { value, scheme: preview(problem.part ?? ''), hint }, field: TEXT });
      } else if (problem.defanged) {
        // no scheme glued onto a defanged value: "http://hxxps[://]..." would help nobody
        ctx.report({ messageId: 'defanged', data: { value }, field: TEXT });
      } else {
        const url = raw.trim();
        const example = preview(problem.relative ? `http:${url}` : `http://${url}`);
        ctx.report({ messageId: problem.relative ? 'schemeRelative' : 'missingScheme', data: { value, example }, field: TEXT });
      }
    }
  },
});
