import { defineRule, ruleDocsUrl } from '@tclint/core';
import { diagnoseSignature } from '../diagnose.js';
import { signatureErrorOf } from '../recognize.js';

const SIGNED = 'The Authorization signature was computed over';

/**
 * Diagnoses an exchange ThreatConnect answered with "Signature data did not
 * match expected result": the header's form, and with the secret key, the
 * signing mistake that reproduces the client's signature.
 */
export const exchange = defineRule({
  meta: {
    id: 'exchange',
    subject: 'exchange',
    classId: 'signature',
    description: 'Explains "Signature data did not match expected result": finds what the client signed differently and re-signs the request',
    docsUrl: ruleDocsUrl('packages/errors/signature', 'signature/exchange'),
    fixable: true,
    severity: 'error',
    messages: {
      missingApiPrefix: `${SIGNED} the path without its /api prefix ({{signed}}); ThreatConnect signs the path as sent ({{expected}})`,
      extraApiPrefix: `${SIGNED} the path with an /api prefix the request line does not have ({{signed}}); ThreatConnect signs {{expected}}`,
      queryNotSigned: `${SIGNED} the path without its query string ({{signed}}); ThreatConnect signs {{expected}}`,
      decodedQuery: `${SIGNED} the percent-decoded query ({{signed}}); ThreatConnect signs the query as sent ({{expected}})`,
      decodedPath: `${SIGNED} the percent-decoded path ({{signed}}); ThreatConnect signs the path as sent ({{expected}})`,
      plusForSpace: `${SIGNED} a query with "+" where the request line has "%20" ({{signed}}); ThreatConnect signs {{expected}}`,
      percentForPlus: `${SIGNED} a query with "%20" where the request line has "+" ({{signed}}); ThreatConnect signs {{expected}}`,
      fullUrlSigned: `${SIGNED} the full URL ({{signed}}); ThreatConnect signs only the path and query ({{expected}})`,
      lowercaseMethod: `${SIGNED} the method in lowercase ("{{signedMethod}}"); ThreatConnect signs "{{method}}"`,
      timestampMilliseconds: `${SIGNED} the time in milliseconds ({{signedTimestamp}}), but the Timestamp header is {{header}} seconds; both must be the same value`,
      timestampDiffers: `${SIGNED} timestamp {{signedTimestamp}} ({{difference}}), not the Timestamp header's {{header}}`,
      secretKeyWhitespace: 'The Authorization signature was computed with {{whitespace}} in the secret key',
      bytesWrapper: "The Authorization signature is wrapped in b'...': a Python 3 bytes value was formatted into the header instead of its text",
      quotedSignature: 'The Authorization signature is wrapped in quotes, which are sent as part of it',
      hexDigest: 'The Authorization signature is the hex digest; ThreatConnect expects the base64 of the raw 32-byte HMAC-SHA256',
      base64OfHex: 'The Authorization signature is the base64 of the hex digest; ThreatConnect expects the base64 of the raw 32-byte HMAC-SHA256',
      base64Url: 'The Authorization signature uses URL-safe base64 ("-", "_"); ThreatConnect expects standard base64 ("+", "/")',
      missingPadding: 'The Authorization signature lacks its "=" padding',
      signatureWhitespace: 'The Authorization signature has {{whitespace}}',
      accessIdWhitespace: 'The access id in the Authorization header has {{whitespace}}',
      schemeCase: 'The Authorization scheme is "{{scheme}}"; ThreatConnect expects "TC"',
      missingScheme: 'The Authorization header lacks the "TC " scheme before the access id',
      secretKeyInHeader: 'The Authorization header carries the secret key itself instead of a signature computed with it',
      secretKeyAsAccessId: 'The Authorization header carries the secret key where the access id belongs',
      wrongDigestLength: 'The Authorization signature decodes to {{length}} bytes{{algorithm}}; an HMAC-SHA256 is 32 bytes',
      malformedAuthorization: 'The Authorization header {{problem}}; expected "TC <accessId>:<base64 signature>"',
      missingAuthorization: 'The request has no Authorization header; HMAC requests send "TC <accessId>:<base64 signature>"',
      invalidMethod: 'The request method {{method}} is not an HTTP method, so the request cannot have been sent or signed as recorded',
      missingTimestamp: 'The request has no Timestamp header; the signature covers the timestamp, so ThreatConnect cannot verify it',
      wrongSecretKey: 'No common signing mistake reproduces the Authorization signature with the supplied secret key: the client probably signed with another secret key',
      signedCorrectly: 'The Authorization header is signed correctly for the supplied secret key, yet ThreatConnect rejected it: ThreatConnect holds another secret key for access id {{accessId}}, or received another path',
      unverified: 'ThreatConnect did not accept the signature of access id {{accessId}}; the header is well formed, so supply the secret key to find which part was signed differently',
    },
  },
  check(subject, context) {
    const answered = signatureErrorOf(subject.response);
    if (answered === undefined) return;
    for (const report of diagnoseSignature(subject, answered, context)) context.report(report);
  },
});
