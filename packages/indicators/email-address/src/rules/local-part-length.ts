import { defineRule, preview } from '@tclint/core';
import { ADDRESS, docsUrl } from '../field.js';
import { emailOf } from '../email-value.js';

/** RFC 5321 allows 64 octets in a local part; ThreatConnect's pattern sets no limit, so a longer one is a warning. */
export const localPartLength = defineRule({
  meta: {
    id: 'local-part-length',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'The local part is at most 64 octets (RFC 5321)',
    docsUrl: docsUrl('local-part-length'),
    messages: {
      tooLong: 'The local part of {{value}} is {{length}} octets long; mail servers accept at most 64 (ThreatConnect accepts it)',
    },
    severity: 'warn',
  },
  check(subject, ctx) {
    const { raw, analysis } = emailOf(subject, ctx);
    for (const finding of analysis.local) if (finding.kind === 'too-long') ctx.report({ messageId: 'tooLong', data: { value: preview(raw), length: String(finding.octets) }, field: ADDRESS });
  },
});
