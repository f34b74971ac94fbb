import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** ThreatConnect's URL field is "a valid URL, including protocol". */
export const scheme = defineRule({
  meta: {
    id: 'scheme',
    subject: 'indicator',
    types: ['URL'],
    description: 'URLs start with a scheme (the protocol): http://, https://, ...',
    docsUrl: docsUrl('scheme'),
    messages: {
      empty: 'URL is empty; ThreatConnect URLs are written with their protocol, e.g. http://example.com/',
      missingScheme: 'URL {{value}} has no scheme; ThreatConnect URLs are written with their protocol, e.g. {{example}} (a bare host name is a Host indicator)',
      schemeRelative: 'URL {{value}} has no scheme before "//"; ThreatConnect URLs are written with their protocol, e.g. {{example}}',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, value, problems } = urlProblems(subject, ['empty', 'missing-scheme']);
    for (const problem of problems) {
      if (problem.code === 'empty') {
        ctx.report({ messageId: 'empty', field: TEXT });
        continue;
      }
      const url = raw.trim();
      const example = preview(problem.relative ? `http:${url}` : `http://${url}`);
      ctx.report({ messageId: problem.relative ? 'schemeRelative' : 'missingScheme', data: { value, example }, field: TEXT });
    }
  },
});
