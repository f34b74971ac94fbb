import { base64 } from '@scure/base';
import { describeCredentials, HMAC_FORM, parseAuthorization, readSignature, textOf, TOKEN_FORM, type AuthorizationHeader } from '@tclint/tc-auth';

export { HMAC_FORM, TOKEN_FORM } from '@tclint/tc-auth';

/** How a request authenticates, read from its Authorization header. */
export type AuthorizationScheme = 'hmac' | 'token' | 'other' | 'none';

export interface AuthorizationProblem {
  code: string;
  /** What is wrong, safe to show: it never contains a token, signature or key. */
  detail: string;
  /** Whether `AuthorizationAnalysis.fixed` repairs this problem. */
  fixable: boolean;
}

export interface AuthorizationAnalysis {
  scheme: AuthorizationScheme;
  /** The scheme word as written, when it is short enough and plain enough to show. */
  schemeWord?: string;
  /** HMAC: the Access ID, when it is plain enough to show. */
  accessId?: string;
  /** Length and shape of the credentials, never their content. */
  shape: string;
  problems: AuthorizationProblem[];
  /**
   * HMAC only: the header with every problem repaired, when all of them can
   * be. Token headers are never rewritten, so that a fix never carries a token.
   */
  fixed?: string;
}

const SIGNATURE_BYTES = 32;
const SIGNATURE_BASE64_LENGTH = 44;
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_-]{0,19}$/;
const PLAIN_ACCESS_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const WHITESPACE = /\s/;

/**
 * Reads an Authorization header (split by @tclint/tc-auth): which scheme it
 * uses and what is wrong with its form. ThreatConnect accepts exactly
 * `TC <accessId>:<signature>` (the signature being the base64 of a 32-byte
 * HMAC-SHA256 digest) and `TC-Token <token>`.
 */
export function analyzeAuthorization(value: string | undefined, secretKey?: string): AuthorizationAnalysis {
  const analysis = analyzeForm(value);
  const key = secretKey?.trim();
  if (value !== undefined && key && key.length >= 8 && value.includes(key)) {
    analysis.problems.push({ code: 'secretKeyInHeader', detail: 'the header carries the API secret key itself instead of the HMAC-SHA256 signature computed with it', fixable: false });
    delete analysis.fixed;
  }
  return analysis;
}

function analyzeForm(value: string | undefined): AuthorizationAnalysis {
  const header = parseAuthorization(value);
  if (header.scheme === 'absent') return { scheme: 'none', shape: 'no Authorization header', problems: [] };
  const problems: AuthorizationProblem[] = [];
  if (header.trimmed.start === header.trimmed.end) {
    problems.push({ code: 'empty', detail: 'the header is empty', fixable: false });
    return { scheme: 'other', shape: `${header.text.length} whitespace characters`, problems };
  }
  if (header.trimmed.start > 0 || header.trimmed.end < header.text.length) {
    problems.push({ code: 'surroundingWhitespace', detail: 'the value has leading or trailing whitespace (often a line break read from a file)', fixable: true });
  }
  if (header.bytesLiteral) problems.push({ code: 'bytesLiteral', detail: "the header is wrapped in b'…' (a Python 3 bytes value printed with str())", fixable: true });
  if (header.scheme === 'unnamed') return withoutScheme(header, problems);

  const word = textOf(header, header.schemeWord);
  const credentials = textOf(header, header.credentials);
  const schemeWord = PLAIN_WORD.test(word) ? word : undefined;
  const gap = textOf(header, header.gap);
  if (gap !== '' && gap !== ' ') {
    problems.push({ code: 'schemeSpacing', detail: `the scheme is followed by ${describeWhitespace(gap)} instead of one space`, fixable: true });
  }
  if (header.scheme === 'hmac') {
    if (word !== 'TC') problems.push({ code: 'schemeCase', detail: `the scheme is written "${word}" instead of "TC"`, fixable: true });
    return { ...analyzeHmac(header, problems), schemeWord: word };
  }
  if (header.scheme === 'token') {
    if (word !== 'TC-Token') problems.push({ code: 'schemeCase', detail: `the scheme is written "${word}" instead of "TC-Token"`, fixable: false });
    return { ...analyzeToken(credentials, problems), schemeWord: word };
  }
  problems.push({ code: 'unknownScheme', detail: unknownSchemeDetail(schemeWord, credentials), fixable: false });
  const analysis: AuthorizationAnalysis = { scheme: 'other', shape: describeCredentials(credentials), problems };
  if (schemeWord) analysis.schemeWord = schemeWord;
  return analysis;
}

function withoutScheme(header: AuthorizationHeader, problems: AuthorizationProblem[]): AuthorizationAnalysis {
  if (header.colons === 1) {
    problems.push({ code: 'missingScheme', detail: `the value has no scheme (an Access ID and signature are sent as "${HMAC_FORM}")`, fixable: true });
    return analyzeHmac(header, problems);
  }
  const looksLikeToken = header.colons > 1;
  problems.push({
    code: 'missingScheme',
    detail: looksLikeToken
      ? `the value has no scheme and looks like a bare API token (send "${TOKEN_FORM}")`
      : 'the value has no scheme',
    fixable: false,
  });
  return { scheme: 'other', shape: describeCredentials(textOf(header, header.credentials)), problems };
}

function analyzeHmac(header: AuthorizationHeader, problems: AuthorizationProblem[]): AuthorizationAnalysis {
  const credentials = textOf(header, header.credentials);
  const result = (extra: Partial<AuthorizationAnalysis> = {}): AuthorizationAnalysis => ({ scheme: 'hmac', shape: describeCredentials(credentials), problems, ...extra });
  if (credentials === '') {
    problems.push({ code: 'missingCredentials', detail: 'nothing follows the scheme "TC"', fixable: false });
    return result();
  }
  if (!header.accessId || !header.signature) {
    if (WHITESPACE.test(credentials)) problems.push(CREDENTIAL_WHITESPACE);
    problems.push({ code: 'missingColon', detail: 'there is no colon between the Access ID and the signature', fixable: false });
    return result();
  }
  // whitespace right around the colon (`123 : sig`) is read past; anywhere else it is in a value
  const rawAccessId = textOf(header, header.accessId);
  const rawSignature = textOf(header, header.signature);
  const accessId = rawAccessId.trimEnd();
  const afterColon = rawSignature.trimStart();
  if (accessId !== rawAccessId || afterColon !== rawSignature) {
    problems.push({ code: 'spaceAroundColon', detail: 'there is whitespace around the colon between the Access ID and the signature', fixable: true });
  }
  if (WHITESPACE.test(accessId) || WHITESPACE.test(afterColon)) problems.push(CREDENTIAL_WHITESPACE);
  if (header.colons > 1) {
    problems.push({ code: 'extraColon', detail: `the credentials contain ${header.colons} colons; "${HMAC_FORM}" has exactly one (a base64 signature has none)`, fixable: false });
  }
  const signature = repairSignature(afterColon, problems);
  if (accessId === '') problems.push({ code: 'emptyAccessId', detail: 'the Access ID before the colon is empty', fixable: false });
  const analysis = result();
  if (PLAIN_ACCESS_ID.test(accessId)) analysis.accessId = accessId;
  if (signature !== undefined && accessId !== '' && problems.length > 0 && problems.every((p) => p.fixable)) {
    analysis.fixed = `TC ${accessId}:${signature}`;
  }
  return analysis;
}

const CREDENTIAL_WHITESPACE: AuthorizationProblem = { code: 'credentialWhitespace', detail: 'the Access ID or the signature contains whitespace (a space or line break inside the value)', fixable: false };

/** Checks a signature's form (read by @tclint/tc-auth); returns it repaired when that is possible, else undefined. */
function repairSignature(raw: string, problems: AuthorizationProblem[]): string | undefined {
  const reading = readSignature(raw);
  for (const wrapper of reading.wrappers) {
    if (wrapper.kind === 'bytesLiteral') problems.push({ code: 'bytesLiteral', detail: "the signature is wrapped in b'…' (a Python 3 bytes value printed with str())", fixable: true });
    else if (wrapper.kind === 'quotes') problems.push({ code: 'quotedSignature', detail: 'the signature is wrapped in quotes', fixable: true });
    else if (wrapper.kind === 'escapedNewline') problems.push({ code: 'escapedNewline', detail: 'the signature ends with the two characters \\n (str() of the bytes base64.encodebytes() returns)', fixable: true });
  }
  const signature = reading.text;
  if (signature === '') {
    problems.push({ code: 'emptySignature', detail: 'the signature after the colon is empty', fixable: false });
    return undefined;
  }
  if (signature.length > 4 * SIGNATURE_BASE64_LENGTH) {
    // far too long to be a signature of any form: say so without showing it
    problems.push({ code: reading.encoding ? 'signatureLength' : 'signatureNotBase64', detail: `the signature is ${signature.length} characters long; an HMAC-SHA256 signature is ${SIGNATURE_BASE64_LENGTH} base64 characters`, fixable: false });
    return undefined;
  }
  if (!reading.encoding || !reading.digest) {
    problems.push({ code: 'signatureNotBase64', detail: `the signature (${signature.length} characters) is not base64`, fixable: false });
    return undefined;
  }
  if (reading.encoding === 'hex') {
    problems.push({ code: 'hexSignature', detail: 'the signature is 64 hex digits (a hex digest); ThreatConnect expects the base64 of the raw 32-byte digest', fixable: true });
    return base64.encode(reading.digest);
  }
  if (reading.encoding === 'base64OfHex') {
    problems.push({ code: 'base64OfHex', detail: 'the signature is the base64 of a hex digest; ThreatConnect expects the base64 of the raw 32-byte digest', fixable: true });
    return base64.encode(reading.digest);
  }
  if (reading.digest.length !== SIGNATURE_BYTES) {
    problems.push({
      code: 'signatureLength',
      detail: `the signature decodes to ${reading.digest.length} bytes; an HMAC-SHA256 signature is ${SIGNATURE_BYTES} bytes (${SIGNATURE_BASE64_LENGTH} base64 characters)`,
      fixable: false,
    });
    return undefined;
  }
  if (reading.urlSafe) {
    problems.push({ code: 'base64Url', detail: 'the signature uses the URL-safe base64 alphabet ("-" and "_"); ThreatConnect expects standard base64 ("+" and "/")', fixable: true });
  }
  if (!reading.padded) problems.push({ code: 'missingPadding', detail: 'the signature lacks its "=" padding', fixable: true });
  return base64.encode(reading.digest);
}

function analyzeToken(credentials: string, problems: AuthorizationProblem[]): AuthorizationAnalysis {
  const shape = describeCredentials(credentials);
  if (credentials === '') {
    problems.push({ code: 'emptyToken', detail: 'nothing follows "TC-Token"', fixable: false });
  } else if (/^b(['"]).*\1$/s.test(credentials)) {
    problems.push({ code: 'tokenBytesLiteral', detail: "the token is wrapped in b'…' (a Python 3 bytes value printed with str())", fixable: false });
  } else if (/^(['"]).*\1$/s.test(credentials)) {
    problems.push({ code: 'quotedToken', detail: 'the token is wrapped in quotes', fixable: false });
  }
  if (WHITESPACE.test(credentials)) {
    problems.push({ code: 'tokenWhitespace', detail: 'the token contains whitespace (a space or line break inside the value)', fixable: false });
  }
  return { scheme: 'token', shape, problems };
}

function unknownSchemeDetail(word: string | undefined, credentials: string): string {
  const shown = word ? `"${word}"` : 'of the header';
  const expected = count(credentials, ':') === 1 && !credentials.includes(' ') ? HMAC_FORM : TOKEN_FORM;
  const lower = word?.toLowerCase();
  if (lower === 'bearer' || lower === 'basic' || lower === 'token' || lower === 'tc_token' || lower === 'tctoken') {
    return `the scheme ${shown} is not accepted by ThreatConnect (send "${expected}")`;
  }
  return `the scheme ${shown} is neither "TC" nor "TC-Token" (send "${expected}")`;
}

function describeWhitespace(gap: string): string {
  const names = [...new Set(Array.from(gap, (ch) => (ch === ' ' ? 'space' : ch === '\t' ? 'tab' : 'line break or other whitespace')))];
  return `${gap.length} whitespace character${gap.length === 1 ? '' : 's'} (${names.join(', ')})`;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
