import { defineRule, preview, previewChar } from '@tclint/core';
import { DEFANGED_HINT, type HostProblem } from '@tclint/hostname';
import { docsUrl, HOST_NAME } from '../field.js';
import { hostOf, problemsWith } from '../host-value.js';

/** Letters a-z, digits, hyphens and dots (underscores are host/underscore's business): ThreatConnect's Host pattern refuses anything else. */
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
    const { raw, analysis } = hostOf(subject, ctx);
    for (const problem of problemsWith(analysis, ['invalid-character'])) {
      ctx.report({ messageId: 'invalidCharacter', data: { value: preview(raw), char: previewChar(problem.char ?? ''), hint: hint(problem, raw) }, field: HOST_NAME });
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
