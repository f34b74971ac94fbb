import { defineRule, previewChar } from '@tclint/core';
import { DEFANGED_HINT } from '../describe.js';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostProblems } from '../host-value.js';
import type { HostProblem } from '../problem.js';

/** Letters a-z, digits, hyphens and dots (underscores are host/underscore's business). */
export const characters = defineRule({
  meta: {
    id: 'characters',
    subject: 'indicator',
    types: ['Host'],
    description: 'Host names hold only letters, digits, hyphens and dots',
    docsUrl: docsUrl('characters'),
    messages: {
      invalidCharacter: 'Host {{value}} contains {{char}}, which is not allowed in a host name: use letters a-z, digits, hyphens and dots{{hint}}',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, value, problems } = hostProblems(subject, ['invalid-character']);
    for (const problem of problems) {
      ctx.report({ messageId: 'invalidCharacter', data: { value, char: previewChar(problem.char ?? ''), hint: hint(problem, raw) }, field: HOST_NAME });
    }
  },
});

/** What the value probably is, judging by the character that does not belong. */
function hint(problem: HostProblem, raw: string): string {
  if (problem.defanged) return DEFANGED_HINT;
  switch (problem.char) {
    case '/':
    case ':':
    case '?':
    case '#':
      return '; a host name has no scheme, port or path (for a URL, use the URL type)';
    case '@':
      return raw.includes('://') ? '; a host name has no user name (for a URL, use the URL type)' : '; for an email address, use the EmailAddress type';
    case '%':
      return '; percent-encoding is not allowed in a host name';
    case ' ':
    case '\t':
      return '; a host name has no spaces';
    default:
      return '';
  }
}
