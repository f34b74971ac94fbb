export { HMAC_FORM, parseAuthorization, textOf, TOKEN_FORM, type AuthorizationHeader, type AuthorizationScheme, type Span } from './authorization.js';
export { readSignature, type SignatureEncoding, type SignatureReading, type SignatureWrapper } from './signature-value.js';
export { describeCredentials } from './credentials-shape.js';
export { computeSignature, hmacSha256, signatureBase, signRequest, type SignatureBaseInput, type SignedHeaders, type SignRequestInput } from './sign.js';
export { formatTarget, hostOf, parseRequestTarget, requestTarget, type RequestTarget } from './request-target.js';
export { findUnsendableCharacter, sendableUrl, UnsendableUrlError, type UnsendableCharacter } from './request-line.js';
