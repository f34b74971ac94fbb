import { defineRule, type ExchangeSubject } from '@tclint/core';
import { classifyExchange, responseEvidence } from '../classify.js';
import { formatDuration, isoTime, readEpochSeconds, requestTime } from '../clock.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { renewalRemedies } from '../remedies.js';

export const renewal = defineRule({
  meta: {
    id: 'renewal',
    subject: 'exchange',
    classId: CLASS_ID,
    description: 'Token renewal failed: "The Job associated with this token is either invalid or does not exist."',
    docsUrl: docsUrl('renewal'),
    severity: 'error',
    messages: {
      renewalFailed: 'Token renewal failed: the job that issued this token has ended or does not exist, so the token cannot be renewed',
    },
  },
  check(subject, ctx) {
    const classified = classifyExchange(subject, ctx);
    if (classified?.kind !== 'renewalFailed') return;
    ctx.report({ messageId: 'renewalFailed', evidence: [responseEvidence(classified.error), ...renewalEvidence(subject)], remedies: renewalRemedies() });
  },
});

/** What the exchange tells about the renewal, without any part of the URL's query (it carries the token). */
function renewalEvidence(subject: ExchangeSubject): string[] {
  const evidence: string[] = [];
  const url = subject.request.url;
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path.slice(-8).toLowerCase() === '/appauth') evidence.push(`The request was a token renewal (${subject.request.method.slice(0, 10)} …/appAuth)`);
  const now = requestTime(subject);
  const issued = readEpochSeconds('tokenIssued', subject.tokenIssued);
  if (now && issued.seconds !== undefined && now.seconds >= issued.seconds) {
    evidence.push(`The token was issued at ${isoTime(issued.seconds)}, ${formatDuration(now.seconds - issued.seconds)} before ${now.source}`);
  }
  return evidence;
}
