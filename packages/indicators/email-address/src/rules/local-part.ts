import { defineRule, preview } from '@tclint/core';
import { ADDRESS, docsUrl } from '../field.js';
import { emailOf } from '../email-value.js';

/**
 * The local part is the mailbox's own name and is never rewritten. What
 * ThreatConnect's EmailAddress pattern refuses in it is an error: a quoted
 * local part, non-ASCII characters, characters outside its set, control
 * characters, dots at either end or two in a row.
 */
export const localPart = defineRule({
  meta: {
    id: 'local-part',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: "The local part is one ThreatConnect's pattern accepts: dot-separated words of ASCII letters, digits and !#$%&'*+-/=?^_`{|}~; never rewritten",
    docsUrl: docsUrl('local-part'),
    messages: {
      invalidCharacter: 'The local part {{local}} of {{value}} contains {{char}}, which an unquoted local part cannot hold{{hint}}',
      nonAscii:
        "The local part {{local}} of {{value}} contains {{char}}; ThreatConnect's EmailAddress pattern accepts only ASCII letters, digits and !#$%&'*+-/=?^_`{|}~ there (internationalized local parts are refused)",
      quoted: "The local part {{local}} of {{value}} is quoted; ThreatConnect's EmailAddress pattern does not accept quoted local parts",
      controlCharacter: 'The local part {{local}} of {{value}} contains a {{char}}',
      dots: 'The local part {{local}} of {{value}} {{where}}; an unquoted local part is dot-separated words',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, analysis } = emailOf(subject, ctx);
    if (analysis.local.length === 0) return;
    const value = preview(raw);
    const local = preview(analysis.parts?.local ?? '');
    for (const finding of analysis.local) {
      switch (finding.kind) {
        case 'control':
          ctx.report({ messageId: 'controlCharacter', data: { value, local, char: finding.name }, field: ADDRESS });
          break;
        case 'quoted':
          ctx.report({ messageId: 'quoted', data: { value, local }, field: ADDRESS });
          break;
        case 'character':
          ctx.report({ messageId: finding.nonAscii && finding.hint === '' ? 'nonAscii' : 'invalidCharacter', data: { value, local, char: preview(finding.char), hint: finding.hint }, field: ADDRESS });
          break;
        case 'dots':
          ctx.report({ messageId: 'dots', data: { value, local, where: finding.where }, field: ADDRESS });
          break;
      }
    }
  },
});
