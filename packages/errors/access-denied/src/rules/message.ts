import { defineRule, findPhrase, lineAt, preview } from '@tclint/core';
import { ACCESS_DENIED_TEXTS, findAccessDeniedTexts, type AccessDeniedKind } from '../classify.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { findOwnerParameter } from '../owner.js';
import { accessDeniedRemedies, notLicensedRemedies, ownerAccessRemedies, ownerNotFoundRemedies } from '../remedies.js';

export const message = defineRule({
  meta: {
    id: 'message',
    subject: 'message',
    classId: CLASS_ID,
    description: 'Recognizes "Access Denied", "The requested owner was not found" and "API access has not been licensed" in error texts and logs',
    docsUrl: docsUrl('message'),
    severity: 'error',
    messages: {
      accessDenied: 'Access Denied: a value in the Authorization header is wrong, or the API user has no access to the owner the request names',
      ownerNotFound: 'The requested owner was not found: the owner name is misspelled or not URL-encoded',
      notLicensed: 'API access has not been licensed for this ThreatConnect instance',
    },
  },
  check(subject, ctx) {
    const text = subject.text;
    const found = findAccessDeniedTexts(text);
    if (!found.length) return;
    const owner = ownerInLog(text);
    for (const { kind, index } of found) {
      const evidence = [`"${ACCESS_DENIED_TEXTS[kind]}" found on line ${lineAt(text, index)}`];
      if (owner !== undefined && kind !== 'notLicensed') evidence.push(`The log names owner ${owner} in a request URL`);
      ctx.report({ messageId: kind, evidence, remedies: remediesFor(kind, owner) });
    }
  },
});

function remediesFor(kind: AccessDeniedKind, owner: string | undefined): string[] {
  if (kind === 'accessDenied') return owner === undefined ? accessDeniedRemedies() : [...accessDeniedRemedies().slice(0, 2), ...ownerAccessRemedies(owner)];
  if (kind === 'ownerNotFound') return ownerNotFoundRemedies(owner);
  return notLicensedRemedies();
}

const URL_END = /[\s"'<>]/g;

/** The owner of the first request URL in a log that has an owner parameter (the URL ends at whitespace or a quote). */
function ownerInLog(text: string): string | undefined {
  for (const marker of ['?owner=', '&owner=']) {
    const at = findPhrase(text, marker);
    if (at === -1) continue;
    URL_END.lastIndex = at;
    const end = URL_END.exec(text)?.index ?? text.length;
    const owner = findOwnerParameter(text.slice(at, end));
    if (owner) return preview(owner.decoded);
  }
  return undefined;
}
