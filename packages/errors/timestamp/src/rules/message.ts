import { defineRule, locatePhrase, ruleDocsUrl } from '@tclint/core';
import { TIMESTAMP_ERRORS } from '../recognize.js';
import { GENERAL_REMEDIES, REMEDIES } from '../remedies.js';

/** Recognizes "Timestamp out of acceptable time range" and "Invalid timestamp" in a bare error text or log excerpt. */
export const message = defineRule({
  meta: {
    id: 'message',
    subject: 'message',
    classId: 'timestamp',
    description: 'Recognizes "Timestamp out of acceptable time range" and "Invalid timestamp" in an error text or log and lists the usual causes',
    docsUrl: ruleDocsUrl('packages/errors/timestamp', 'timestamp/message'),
    severity: 'error',
    messages: {
      outOfRange: 'ThreatConnect rejected the Timestamp header as more than 300 s from its clock ("{{found}}"): the client clock is off, the timestamp is in milliseconds, or it was computed earlier and reused',
      invalidTimestamp: 'ThreatConnect could not read the Timestamp header ("{{found}}"): it is missing or not whole seconds since the Unix epoch',
    },
  },
  check(subject, context) {
    const outOfRange = locatePhrase(subject.text, TIMESTAMP_ERRORS.outOfRange);
    if (outOfRange) {
      context.report({ messageId: 'outOfRange', data: { found: outOfRange.found }, evidence: [`Line ${outOfRange.line} of the text says "${outOfRange.found}"`], remedies: GENERAL_REMEDIES });
    }
    const invalid = locatePhrase(subject.text, TIMESTAMP_ERRORS.invalid);
    if (invalid) {
      context.report({ messageId: 'invalidTimestamp', data: { found: invalid.found }, evidence: [`Line ${invalid.line} of the text says "${invalid.found}"`], remedies: [REMEDIES.header, REMEDIES.seconds, REMEDIES.resign] });
    }
  },
});
