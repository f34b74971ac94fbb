import { defineRule, headerValue } from '@tclint/core';
import { classifyExchange, responseEvidence } from '../classify.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { readTokenHeader, TOKEN_FORM } from '../token.js';

const HEADER_FIELD = 'request.headers.Authorization';

export const token = defineRule({
  meta: {
    id: 'token',
    subject: 'exchange',
    classId: CLASS_ID,
    description: `Unauthorized: the request must carry an API token as "Authorization: ${TOKEN_FORM}", exactly as issued`,
    docsUrl: docsUrl('token'),
    severity: 'error',
    messages: {
      missingAuthorization: `Unauthorized: the request has no Authorization header; send "${TOKEN_FORM}"`,
      otherScheme: `Unauthorized: the Authorization scheme {{scheme}} is not one ThreatConnect accepts; send "${TOKEN_FORM}"`,
      malformedToken: `Unauthorized: the "TC-Token" header is malformed: {{problems}}. Send "${TOKEN_FORM}" with the token exactly as issued`,
      signedRequest: 'Unauthorized for a request signed with an Access ID ("TC <accessId>:<signature>"): token causes do not apply; check the Access ID, the secret key and the signature',
    },
  },
  check(subject, ctx) {
    const classified = classifyExchange(subject, ctx);
    if (classified?.kind !== 'unauthorized') return;
    const response = responseEvidence(classified.error);
    const header = readTokenHeader(headerValue(subject.request.headers, 'authorization'));
    switch (header.scheme) {
      case 'none':
        ctx.report({
          messageId: 'missingAuthorization',
          field: HEADER_FIELD,
          evidence: [response, 'The request has no Authorization header'],
          remedies: [
            `Send "Authorization: ${TOKEN_FORM}" (or sign the request: "Authorization: TC <accessId>:<signature>" with a Timestamp header)`,
            'Check that no proxy or redirect dropped the header (HTTP clients drop Authorization when a redirect goes to another host)',
          ],
        });
        return;
      case 'hmac':
        ctx.report({
          messageId: 'signedRequest',
          field: HEADER_FIELD,
          evidence: [response, `The Authorization header uses the "TC" scheme (Access ID and signature): ${header.shape}`],
          remedies: [
            'Diagnose the signature: the string signed is "<path>?<query>:<METHOD>:<timestamp>", with the Timestamp header sent alongside',
            'Check that the Access ID and secret key belong to the same, active API user on this instance',
          ],
        });
        return;
      case 'other':
        ctx.report({
          messageId: 'otherScheme',
          data: { scheme: header.schemeWord ? `"${header.schemeWord}"` : `(${header.shape})` },
          field: HEADER_FIELD,
          evidence: [response, `Authorization header: ${header.schemeWord ? `scheme "${header.schemeWord}", ` : ''}${header.shape}`],
          remedies: [`ThreatConnect accepts "Authorization: ${TOKEN_FORM}" for API tokens (not "Bearer" or "Token") and "Authorization: TC <accessId>:<signature>" for signed requests`],
        });
        return;
      case 'token':
        if (!header.problems.length) return;
        ctx.report({
          messageId: 'malformedToken',
          data: { problems: header.problems.join('; ') },
          field: HEADER_FIELD,
          evidence: [response, `Authorization header: scheme "${header.schemeWord ?? 'TC-Token'}", token of ${header.shape}`, ...header.problems],
          remedies: [
            `Send the token exactly as issued: "Authorization: ${TOKEN_FORM}", one space after "TC-Token", no quotes, no b'…', no line break`,
            'In Python 3, decode a bytes token before formatting the header (token.decode()); strip the line break from a token read from a file',
          ],
        });
    }
  },
});
