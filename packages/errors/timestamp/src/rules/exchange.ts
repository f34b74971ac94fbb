import { defineRule, ruleDocsUrl } from '@tclint/core';
import { diagnoseTimestamp } from '../diagnose.js';
import { timestampErrorOf } from '../recognize.js';

/**
 * Diagnoses an exchange ThreatConnect answered with "Timestamp out of
 * acceptable time range" or "Invalid timestamp": the Timestamp header's form
 * and its offset from the server's clock (or the local clock).
 */
export const exchange = defineRule({
  meta: {
    id: 'exchange',
    subject: 'exchange',
    classId: 'timestamp',
    description: 'Explains "Timestamp out of acceptable time range" and "Invalid timestamp": a missing, non-integer or millisecond Timestamp, or a clock more than 300 s off',
    docsUrl: ruleDocsUrl('packages/errors/timestamp', 'timestamp/exchange'),
    fixable: true,
    severity: 'error',
    messages: {
      missingTimestamp: 'The request has no Timestamp header; HMAC-signed requests send the Unix time in whole seconds',
      notInteger: 'Timestamp header {{value}} is not whole seconds since the Unix epoch',
      milliseconds: 'Timestamp header {{value}} is in {{unit}} ({{digits}} digits); ThreatConnect expects seconds ({{seconds}}), and the Authorization must be re-signed over it',
      fractionalSeconds: 'Timestamp header {{value}} has a fraction; ThreatConnect expects whole seconds ({{seconds}}), and the Authorization must be re-signed over it',
      dateString: 'Timestamp header {{value}} is a date; ThreatConnect expects seconds since the Unix epoch ({{seconds}}), and the Authorization must be re-signed over it',
      serverSkew: "{{what}} is {{seconds}} s {{direction}} the server's Date ({{date}}); ThreatConnect accepts at most 300 s",
      notCurrent: '{{what}} is {{seconds}} s {{direction}} the local clock when the request was sent ({{time}}); it must be computed at sending, within 300 s of ThreatConnect\'s clock',
      clockSkew: "The local clock was {{seconds}} s {{direction}} the server's Date ({{date}}) when the request was sent; ThreatConnect accepts at most 300 s",
      withinRange: 'Timestamp header {{timestamp}} is {{offset}}, within the 300 s ThreatConnect accepts, yet it answered {{answer}}',
      unmeasured: "Timestamp header {{timestamp}} ({{time}}) was rejected; without the response's Date header or the local send time its offset from ThreatConnect's clock cannot be measured",
    },
  },
  check(subject, context) {
    const answer = timestampErrorOf(subject.response);
    if (!answer) return;
    for (const report of diagnoseTimestamp(subject, answer)) context.report(report);
  },
});
