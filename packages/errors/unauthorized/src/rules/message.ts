import { defineRule, findPhrase, lineAt } from '@tclint/core';
import { findUnauthorizedTexts, UNAUTHORIZED_TEXTS, type UnauthorizedKind } from '../classify.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { renewalRemedies, unknownCauseRemedies } from '../remedies.js';

export const message = defineRule({
  meta: {
    id: 'message',
    subject: 'message',
    classId: CLASS_ID,
    description: 'Recognizes "Unauthorized" and the token renewal failure in error texts and logs',
    docsUrl: docsUrl('message'),
    severity: 'error',
    messages: {
      unauthorized: 'Unauthorized: the API token has expired, or it was regenerated and this is the previous one',
      renewalFailed: 'Token renewal failed: the job that issued this token has ended or does not exist, so the token cannot be renewed',
    },
  },
  check(subject, ctx) {
    const text = subject.text;
    for (const { kind, index } of findUnauthorizedTexts(text)) {
      const line = lineAt(text, index);
      ctx.report({ messageId: kind, evidence: [`"${UNAUTHORIZED_TEXTS[kind]}" found on line ${line}`, ...context(text, kind)], remedies: kind === 'unauthorized' ? unknownCauseRemedies() : renewalRemedies() });
    }
  },
});

/** What else the log tells: token authentication, an HTTP 401. Never any part of a token. */
function context(text: string, kind: UnauthorizedKind): string[] {
  const facts: string[] = [];
  if (findPhrase(text, 'tc-token') >= 0) facts.push('The log shows token authentication ("TC-Token")');
  if (kind === 'unauthorized' && /\b401\b/.test(text)) facts.push('The log shows HTTP status 401');
  return facts;
}
