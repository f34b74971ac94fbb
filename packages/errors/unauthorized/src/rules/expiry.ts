import { defineRule, headerValue, type ExchangeSubject } from '@tclint/core';
import { classifyExchange, responseEvidence } from '../classify.js';
import { formatDuration, isoTime, readEpochSeconds, requestTime, type Moment } from '../clock.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { hostOf } from '@tclint/tc-auth';
import { expiredRemedies, jobTokenRemedies, regeneratedRemedies, unknownCauseRemedies } from '../remedies.js';
import { JOB_TOKEN_LIFETIME_SECONDS, readTokenHeader } from '../token.js';

export const expiry = defineRule({
  meta: {
    id: 'expiry',
    subject: 'exchange',
    classId: CLASS_ID,
    description: 'Unauthorized with an API token: the token expired, is a job token older than 4 hours, or was regenerated',
    docsUrl: docsUrl('expiry'),
    severity: 'error',
    messages: {
      tokenExpired: 'Unauthorized: the API token expired at {{expiredAt}}, {{ago}} before the request',
      jobTokenTooOld: 'Unauthorized: the token was issued {{age}} before the request; job tokens expire 4 hours after they are issued',
      tokenRegenerated: 'Unauthorized for a token that had not expired ({{left}} left): it was probably regenerated, and this is the previous token',
      tokenExpiredOrRegenerated: 'Unauthorized with an API token: the token has expired, or it was regenerated and this is the previous one',
    },
  },
  check(subject, ctx) {
    const classified = classifyExchange(subject, ctx);
    if (classified?.kind !== 'unauthorized') return;
    const header = readTokenHeader(headerValue(subject.request.headers, 'authorization'));
    if (header.scheme !== 'token') return;

    const facts = readFacts(subject);
    const evidence = [responseEvidence(classified.error), `The request authenticates with an API token of ${header.shape}`, ...facts.notes];
    const { now, expires, issued } = facts;
    const field = 'request.headers.Authorization';

    if (now && expires !== undefined && expires <= now.seconds) {
      ctx.report({
        messageId: 'tokenExpired',
        data: { expiredAt: isoTime(expires), ago: formatDuration(now.seconds - expires) },
        field,
        evidence: [...evidence, `The token expired at ${isoTime(expires)} (tokenExpires ${expires}), ${formatDuration(now.seconds - expires)} before ${now.source}`, ...ageEvidence(now, issued)],
        remedies: expiredRemedies(),
      });
      return;
    }
    if (now && issued !== undefined && now.seconds - issued > JOB_TOKEN_LIFETIME_SECONDS) {
      const age = now.seconds - issued;
      const stillValid = expires !== undefined ? [`tokenExpires (${isoTime(expires)}) says the token is still valid, but a job token lasts 4 hours whatever its stated expiry`] : [];
      ctx.report({
        messageId: 'jobTokenTooOld',
        data: { age: formatDuration(age) },
        field,
        evidence: [...evidence, `The token was issued at ${isoTime(issued)} (tokenIssued ${issued}), ${formatDuration(age)} before ${now.source}: ${formatDuration(age - JOB_TOKEN_LIFETIME_SECONDS)} past the 4-hour lifetime of a job token`, ...stillValid],
        remedies: jobTokenRemedies(),
      });
      return;
    }
    // What is left can only be suggested, and only for a token header that is well formed (the token rule reports the others).
    if (header.problems.length) return;
    if (now && expires !== undefined) {
      ctx.report({
        messageId: 'tokenRegenerated',
        data: { left: formatDuration(expires - now.seconds) },
        field,
        evidence: [...evidence, `The token expires at ${isoTime(expires)} (tokenExpires ${expires}), ${formatDuration(expires - now.seconds)} after ${now.source}`, ...ageEvidence(now, issued)],
        remedies: regeneratedRemedies(hostOf(subject.request.url)),
      });
      return;
    }
    const unknown = expires === undefined ? ['The token expiry is unknown (no tokenExpires)'] : [`The token expires at ${isoTime(expires)}, but there is no response Date header or localTime to compare it with`];
    ctx.report({
      messageId: 'tokenExpiredOrRegenerated',
      field,
      evidence: [...evidence, ...unknown, ...(now ? ageEvidence(now, issued) : [])],
      remedies: unknownCauseRemedies(),
    });
  },
});

interface Facts {
  now?: Moment;
  expires?: number;
  issued?: number;
  notes: string[];
}

function readFacts(subject: ExchangeSubject): Facts {
  const expires = readEpochSeconds('tokenExpires', subject.tokenExpires);
  const issued = readEpochSeconds('tokenIssued', subject.tokenIssued);
  const facts: Facts = { notes: [expires.note, issued.note].filter((n): n is string => n !== undefined) };
  const now = requestTime(subject);
  if (now) facts.now = now;
  if (expires.seconds !== undefined) facts.expires = expires.seconds;
  if (issued.seconds !== undefined) facts.issued = issued.seconds;
  return facts;
}

function ageEvidence(now: Moment, issued: number | undefined): string[] {
  if (issued === undefined) return [];
  const age = now.seconds - issued;
  if (age < 0) return [`tokenIssued (${isoTime(issued)}) is ${formatDuration(-age)} after ${now.source}: one of the clocks is wrong`];
  const lifetime = age <= JOB_TOKEN_LIFETIME_SECONDS ? 'within' : 'beyond';
  return [`The token was issued at ${isoTime(issued)}, ${formatDuration(age)} before ${now.source}: ${lifetime} the 4-hour lifetime of a job token`];
}
