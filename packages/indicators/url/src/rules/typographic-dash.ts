import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/** Typographic dashes in the host are read as ASCII hyphens, never turned into Punycode: a warning, since it is a guess. */
export const typographicDash = defineRule({
  meta: {
    id: 'typographic-dash',
    subject: 'indicator',
    types: ['URL'],
    description: 'Typographic dashes (U+2010..U+2015) in the host are read as ASCII hyphens, never converted to Punycode',
    docsUrl: docsUrl('typographic-dash'),
    messages: {
      dash: 'URL {{value}} has a typographic dash in its host {{host}} where a host name has a hyphen; it probably means {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['host-typographic-dash']);
    for (const problem of problems) {
      ctx.report({ messageId: 'dash', data: { value: preview(raw), host: preview(problem.part ?? ''), fixed: preview(problem.fixed!) }, field: TEXT, fix: { field: TEXT, value: problem.fixed! } });
    }
  },
});
