import { defineRule, headerValue, preview, type Report } from '@tclint/core';
import { analyzeAuthorization } from '../authorization.js';
import { classifyExchange, responseEvidence } from '../classify.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { findOwnerParameter, hasCredentialParameter, previewParameter, withOwnerValue, type OwnerParameter } from '../owner.js';
import { ownerAccessRemedies, ownerNotFoundRemedies } from '../remedies.js';

const URL_FIELD = 'request.url';

export const owner = defineRule({
  meta: {
    id: 'owner',
    subject: 'exchange',
    classId: CLASS_ID,
    description: 'Access Denied or "owner was not found": the owner a request names must exist, be spelled exactly, be URL-encoded and be accessible to the API user',
    docsUrl: docsUrl('owner'),
    fixable: true,
    severity: 'error',
    messages: {
      ownerAccess: 'Access Denied for a request in owner {{owner}}: the API user may not have access to that owner, or the name is not one ThreatConnect knows',
      ownerNotFound: 'ThreatConnect found no owner named {{owner}}: check its spelling and letter case, and URL-encode it',
      ownerNotFoundNoParameter: 'ThreatConnect did not find the requested owner, and the request URL has no owner parameter: the owner name comes from the request body or the client configuration',
      ownerNotEncoded: 'The {{parameter}} parameter {{raw}} is not URL-encoded: {{problems}}; send it as {{encoded}}',
      ownerAmbiguous: 'The {{parameter}} parameter {{raw}} cannot be read unambiguously: {{problems}}',
    },
  },
  check(subject, ctx) {
    const classified = classifyExchange(subject, ctx);
    if (classified?.kind !== 'accessDenied' && classified?.kind !== 'ownerNotFound') return;
    const response = responseEvidence(classified.error);
    const found = findOwnerParameter(subject.request.url);
    if (!found) {
      if (classified.kind === 'ownerNotFound') {
        ctx.report({
          messageId: 'ownerNotFoundNoParameter',
          field: URL_FIELD,
          evidence: [response, 'The request URL has no owner query parameter'],
          remedies: [
            'Find where the owner name is set: an "owner" field of the request body, or the owner setting of the client or App',
            ...ownerNotFoundRemedies(),
          ],
        });
      }
      return;
    }
    const shown = preview(found.decoded);
    const evidence = [response, ...ownerEvidence(found, shown)];
    if (classified.kind === 'accessDenied') {
      ctx.report({ messageId: 'ownerAccess', data: { owner: shown, parameter: found.name }, field: URL_FIELD, evidence, remedies: ownerAccessRemedies(shown) });
    } else {
      ctx.report({ messageId: 'ownerNotFound', data: { owner: shown, parameter: found.name }, field: URL_FIELD, evidence, remedies: ownerNotFoundRemedies(shown) });
    }
    if (found.problems.length) reportEncoding(found, subject, response, ctx.report);
  },
});

function ownerEvidence(found: OwnerParameter, shown: string): string[] {
  const lines = [`The request names owner ${shown} in its ${found.name} parameter (as sent: ${previewParameter(found)})`];
  if (found.count > 1) lines.push(`The URL has ${found.count} owner parameters; this is the first`);
  return lines;
}

function reportEncoding(found: OwnerParameter, subject: Parameters<typeof owner.check>[0], response: string, report: (r: Report) => void) {
  const problems = found.problems.map((p) => p.detail);
  const raw = preview(found.raw);
  const evidence = [response, `The ${found.name} parameter as sent: ${previewParameter(found)}`, ...problems];
  if (found.encoded === undefined) {
    report({
      messageId: 'ownerAmbiguous',
      data: { parameter: found.name, raw, problems: problems.join('; ') },
      field: URL_FIELD,
      evidence,
      remedies: ['Percent-encode the owner name: a space as %20, a plus sign as %2B, a percent sign as %25, "&" as %26 (encodeURIComponent in JavaScript, urllib.parse.quote in Python)'],
    });
    return;
  }
  const encoded = found.encoded;
  const url = subject.request.url;
  const signed = analyzeAuthorization(headerValue(subject.request.headers, 'authorization')).scheme === 'hmac';
  const credentials = hasCredentialParameter(url);
  const remedies = [`Send ${preview(`${found.name}=${encoded}`)} (percent-encode the owner name with encodeURIComponent in JavaScript or urllib.parse.quote in Python)`];
  if (signed) remedies.push('The signature covers the query string: sign the encoded path and query again after encoding the owner (tclint does not rewrite a signed URL)');
  if (credentials) remedies.push('The URL carries credentials in its query string, so tclint does not rewrite it (a fix would repeat them)');
  report({
    messageId: 'ownerNotEncoded',
    data: { parameter: found.name, raw, problems: problems.join('; '), encoded: preview(encoded) },
    field: URL_FIELD,
    // A signed URL would need a new signature, and a URL with credentials would put them in the fix.
    ...(signed || credentials ? {} : { fix: { field: URL_FIELD, value: withOwnerValue(url, found, encoded) } }),
    evidence,
    remedies,
  });
}
