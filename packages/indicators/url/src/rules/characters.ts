import { defineRule, preview } from '@tclint/core';
import { docsUrl, TEXT } from '../field.js';
import { urlProblems } from '../url-value.js';

/**
 * ThreatConnect's URL pattern accepts in the path, query and fragment only the
 * characters RFC 3986 allows there (and `%`). A raw space, `"<>[]\^`{|}`, a
 * second `#` or a non-ASCII character is refused; the fix percent-encodes
 * them as UTF-8, the form a browser sends on the request line (and WHATWG's
 * `URL` serializes a space or `é` in a path to), which the pattern accepts.
 */
export const characters = defineRule({
  meta: {
    id: 'characters',
    subject: 'indicator',
    types: ['URL'],
    description: 'Path, query and fragment hold only the characters ThreatConnect accepts; others are percent-encoded',
    docsUrl: docsUrl('characters'),
    messages: {
      encode: "URL {{value}} has characters ThreatConnect's URL pattern refuses in its path, query or fragment (raw spaces, non-ASCII, \"<>[]\\^`{|}\" or a second #); percent-encoded, as a browser sends it: {{fixed}}",
      refused: "URL {{value}} has {{tail}} after its host, which ThreatConnect's URL pattern refuses: a path, query or fragment starts with \"/\", \"?\" or \"#\" and holds only the characters RFC 3986 allows",
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, problems } = urlProblems(subject, ctx, ['characters']);
    for (const problem of problems) {
      if (problem.fixed === undefined) ctx.report({ messageId: 'refused', data: { value: preview(raw), tail: preview(problem.part ?? '') }, field: TEXT });
      else ctx.report({ messageId: 'encode', data: { value: preview(raw), fixed: preview(problem.fixed) }, field: TEXT, fix: { field: TEXT, value: problem.fixed } });
    }
  },
});
