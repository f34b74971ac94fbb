import { defineRule, headerValue, type Report } from '@tclint/core';
import { analyzeAuthorization, HMAC_FORM, TOKEN_FORM, type AuthorizationAnalysis } from '../authorization.js';
import { classifyExchange, responseEvidence } from '../classify.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { hostOf } from '@tclint/tc-auth';
import { LIST_OWNERS } from '../remedies.js';

const HEADER_FIELD = 'request.headers.Authorization';

export const authorization = defineRule({
  meta: {
    id: 'authorization',
    subject: 'exchange',
    classId: CLASS_ID,
    description: `Access Denied: the Authorization header must be "${HMAC_FORM}" or "${TOKEN_FORM}", with credentials ThreatConnect knows`,
    docsUrl: docsUrl('authorization'),
    fixable: true,
    severity: 'error',
    messages: {
      missingAuthorization: `Access Denied: the request has no Authorization header; send "${HMAC_FORM}" (with a Timestamp header) or "${TOKEN_FORM}"`,
      malformedAuthorization: `Access Denied: the Authorization header is malformed: {{problems}}. Expected "${HMAC_FORM}" or "${TOKEN_FORM}"`,
      unknownAccessId: 'Access Denied for a well-formed Authorization header: ThreatConnect may not know Access ID {{accessId}}, or its API user may be inactive',
      tokenNotAccepted: 'Access Denied for a well-formed "TC-Token" header: the API user the token belongs to may not have access to what the request asks for',
    },
  },
  check(subject, ctx) {
    const classified = classifyExchange(subject, ctx);
    if (classified?.kind !== 'accessDenied') return;
    const response = responseEvidence(classified.error);
    const host = hostOf(subject.request.url);
    const instance = host ? `this instance (${host})` : 'this instance';
    const auth = analyzeAuthorization(headerValue(subject.request.headers, 'authorization'), subject.secretKey);

    if (auth.scheme === 'none') {
      ctx.report({
        messageId: 'missingAuthorization',
        field: HEADER_FIELD,
        evidence: [response, 'The request has no Authorization header'],
        remedies: [
          `Sign the request: "Authorization: ${HMAC_FORM}", the signature being base64(HMAC-SHA256(secret key, "<path>?<query>:<METHOD>:<timestamp>")), and send the same timestamp in a Timestamp header`,
          `Or authenticate with an API token: "Authorization: ${TOKEN_FORM}"`,
          'Check that no proxy or redirect dropped the header (HTTP clients drop Authorization when a redirect goes to another host)',
        ],
      });
      return;
    }
    if (auth.problems.length) {
      reportMalformed(auth, response, ctx.report);
      return;
    }
    if (auth.scheme === 'hmac') {
      const accessId = auth.accessId ?? `(${auth.shape})`;
      ctx.report({
        messageId: 'unknownAccessId',
        data: { accessId },
        field: HEADER_FIELD,
        evidence: [response, `Authorization header has the form "${HMAC_FORM}": ${auth.shape}`, describeAccessId(auth)],
        remedies: [
          `Check in API User Administration that Access ID ${accessId} exists on ${instance} and that its API user is active, not locked or disabled`,
          'Copy the Access ID again from the API user: no added characters, spaces or quotes, and not the Access ID of another instance',
          'If the request names an owner, check that the API user can access it (see access-denied/owner)',
        ],
      });
      return;
    }
    ctx.report({
      messageId: 'tokenNotAccepted',
      field: HEADER_FIELD,
      evidence: [response, `Authorization header has the form "${TOKEN_FORM}": the token is ${auth.shape}`],
      remedies: [
        `Check that the token was issued by ${instance} and that its API user is active`,
        "Check that the API user's role allows this request and that it can access the owner the request works in",
        LIST_OWNERS,
      ],
    });
  },
});

function reportMalformed(auth: AuthorizationAnalysis, response: string, report: (r: Report) => void) {
  const details = auth.problems.map((p) => p.detail);
  const remedies = [
    auth.scheme === 'token'
      ? `Send the token exactly as issued: "Authorization: ${TOKEN_FORM}", one space after "TC-Token", no quotes, no b'…', no line break`
      : auth.scheme === 'hmac'
        ? `Send "Authorization: ${HMAC_FORM}": "TC" in capitals, one space, the Access ID, a colon, the base64 signature (44 characters), nothing else`
        : `ThreatConnect accepts only "Authorization: ${HMAC_FORM}" (Access ID and secret key) and "Authorization: ${TOKEN_FORM}" (API token)`,
  ];
  if (auth.problems.some((p) => p.code === 'bytesLiteral' || p.code === 'tokenBytesLiteral')) {
    remedies.push("In Python 3, decode the bytes before formatting the header: base64.b64encode(digest).decode() (or token.decode())");
  }
  if (auth.fixed) remedies.push('The fix rewrites the header in the expected form; send the request again');
  report({
    messageId: 'malformedAuthorization',
    data: { problems: details.join('; ') },
    field: HEADER_FIELD,
    ...(auth.fixed ? { fix: { field: HEADER_FIELD, value: auth.fixed } } : {}),
    evidence: [response, `Authorization header: ${auth.schemeWord ? `scheme "${auth.schemeWord}", ` : ''}credentials of ${auth.shape}`, ...details],
    remedies,
  });
}

function describeAccessId(auth: AuthorizationAnalysis): string {
  if (!auth.accessId) return `The Access ID is not plain text (${auth.shape})`;
  const digits = /^\d+$/.test(auth.accessId);
  return `Access ID ${auth.accessId}: ${auth.accessId.length} characters${digits ? ', all digits' : ', not all digits (ThreatConnect Access IDs are usually numeric)'}`;
}
