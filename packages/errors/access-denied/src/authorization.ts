import { base64ToBytes, bytesToBase64, hexToBytes, isHex } from './base64.js';

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

export const HMAC_FORM = 'TC <accessId>:<signature>';
export const TOKEN_FORM = 'TC-Token <token>';

const SIGNATURE_BYTES = 32;
const SIGNATURE_BASE64_LENGTH = 44;
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_-]{0,19}$/;
const PLAIN_ACCESS_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const WHITESPACE = /\s/;

/**
 * Reads an Authorization header: which scheme it uses and what is wrong with
 * its form. ThreatConnect accepts exactly `TC <accessId>:<signature>` (the
 * signature being the base64 of a 32-byte HMAC-SHA256 digest) and
 * `TC-Token <token>`.
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
  if (value === undefined) return { scheme: 'none', shape: 'no Authorization header', problems: [] };
  const problems: AuthorizationProblem[] = [];
  const trimmed = value.trim();
  if (trimmed === '') {
    problems.push({ code: 'empty', detail: 'the header is empty', fixable: false });
    return { scheme: 'other', shape: `${value.length} whitespace characters`, problems };
  }
  if (trimmed !== value) {
    problems.push({ code: 'surroundingWhitespace', detail: 'the value has leading or trailing whitespace (often a line break read from a file)', fixable: true });
  }
  const gap = /\s+/.exec(trimmed);
  if (!gap) return withoutScheme(trimmed, problems);

  const word = trimmed.slice(0, gap.index);
  const credentials = trimmed.slice(gap.index + gap[0].length);
  const schemeWord = PLAIN_WORD.test(word) ? word : undefined;
  if (gap[0] !== ' ') {
    problems.push({ code: 'schemeSpacing', detail: `the scheme is followed by ${describeWhitespace(gap[0])} instead of one space`, fixable: true });
  }
  const lower = word.toLowerCase();
  if (lower === 'tc') {
    if (word !== 'TC') problems.push({ code: 'schemeCase', detail: `the scheme is written "${word}" instead of "TC"`, fixable: true });
    return { ...analyzeHmac(credentials, problems), schemeWord: word };
  }
  if (lower === 'tc-token') {
    if (word !== 'TC-Token') problems.push({ code: 'schemeCase', detail: `the scheme is written "${word}" instead of "TC-Token"`, fixable: false });
    return { ...analyzeToken(credentials, problems), schemeWord: word };
  }
  problems.push({ code: 'unknownScheme', detail: unknownSchemeDetail(schemeWord, credentials), fixable: false });
  const analysis: AuthorizationAnalysis = { scheme: 'other', shape: describeCredentials(credentials), problems };
  if (schemeWord) analysis.schemeWord = schemeWord;
  return analysis;
}

function withoutScheme(value: string, problems: AuthorizationProblem[]): AuthorizationAnalysis {
  const colons = count(value, ':');
  if (colons === 1) {
    problems.push({ code: 'missingScheme', detail: `the value has no scheme (an Access ID and signature are sent as "${HMAC_FORM}")`, fixable: true });
    return analyzeHmac(value, problems);
  }
  const looksLikeToken = colons > 1;
  problems.push({
    code: 'missingScheme',
    detail: looksLikeToken
      ? `the value has no scheme and looks like a bare API token (send "${TOKEN_FORM}")`
      : 'the value has no scheme',
    fixable: false,
  });
  return { scheme: 'other', shape: describeCredentials(value), problems };
}

function analyzeHmac(credentials: string, problems: AuthorizationProblem[]): AuthorizationAnalysis {
  const result = (extra: Partial<AuthorizationAnalysis> = {}): AuthorizationAnalysis => ({ scheme: 'hmac', shape: describeCredentials(credentials), problems, ...extra });
  if (credentials === '') {
    problems.push({ code: 'missingCredentials', detail: 'nothing follows the scheme "TC"', fixable: false });
    return result();
  }
  const text = closeColonGap(credentials, problems);
  if (WHITESPACE.test(text)) {
    problems.push({ code: 'credentialWhitespace', detail: 'the Access ID or the signature contains whitespace (a space or line break inside the value)', fixable: false });
  }
  const colons = count(text, ':');
  if (colons === 0) {
    problems.push({ code: 'missingColon', detail: 'there is no colon between the Access ID and the signature', fixable: false });
    return result();
  }
  if (colons > 1) {
    problems.push({ code: 'extraColon', detail: `the credentials contain ${colons} colons; "${HMAC_FORM}" has exactly one (a base64 signature has none)`, fixable: false });
  }
  const colon = text.indexOf(':');
  const accessId = text.slice(0, colon);
  const signature = repairSignature(text.slice(colon + 1), problems);
  if (accessId === '') problems.push({ code: 'emptyAccessId', detail: 'the Access ID before the colon is empty', fixable: false });
  const analysis = result();
  if (PLAIN_ACCESS_ID.test(accessId)) analysis.accessId = accessId;
  if (signature !== undefined && accessId !== '' && problems.length > 0 && problems.every((p) => p.fixable)) {
    analysis.fixed = `TC ${accessId}:${signature}`;
  }
  return analysis;
}

/** Removes whitespace around the first colon (`123 : sig`), reporting it. */
function closeColonGap(credentials: string, problems: AuthorizationProblem[]): string {
  const colon = credentials.indexOf(':');
  if (colon === -1) return credentials;
  let start = colon;
  while (start > 0 && WHITESPACE.test(credentials[start - 1]!)) start--;
  let end = colon + 1;
  while (end < credentials.length && WHITESPACE.test(credentials[end]!)) end++;
  if (start === colon && end === colon + 1) return credentials;
  problems.push({ code: 'spaceAroundColon', detail: 'there is whitespace around the colon between the Access ID and the signature', fixable: true });
  return `${credentials.slice(0, start)}:${credentials.slice(end)}`;
}

/** Checks a signature's form; returns it repaired when that is possible, else undefined. */
function repairSignature(raw: string, problems: AuthorizationProblem[]): string | undefined {
  let signature = raw;
  const wrapped = /^b(['"])(.*)\1$/s.exec(signature);
  const quoted = /^(['"])(.*)\1$/s.exec(signature);
  if (wrapped) {
    problems.push({ code: 'bytesLiteral', detail: "the signature is wrapped in b'…' (a Python 3 bytes value printed with str())", fixable: true });
    signature = wrapped[2]!;
  } else if (quoted) {
    problems.push({ code: 'quotedSignature', detail: 'the signature is wrapped in quotes', fixable: true });
    signature = quoted[2]!;
  }
  if (signature === '') {
    problems.push({ code: 'emptySignature', detail: 'the signature after the colon is empty', fixable: false });
    return undefined;
  }
  if (signature.length === 64 && isHex(signature)) {
    problems.push({ code: 'hexSignature', detail: 'the signature is 64 hex digits (a hex digest); ThreatConnect expects the base64 of the raw 32-byte digest', fixable: true });
    return bytesToBase64(hexToBytes(signature));
  }
  if (signature.length > 4 * SIGNATURE_BASE64_LENGTH) {
    // far too long to be a signature of any form: say so without decoding it
    const base64 = /^[A-Za-z0-9+/]+={0,2}$/.test(signature) || /^[A-Za-z0-9_-]+={0,2}$/.test(signature);
    problems.push({ code: base64 ? 'signatureLength' : 'signatureNotBase64', detail: `the signature is ${signature.length} characters long; an HMAC-SHA256 signature is ${SIGNATURE_BASE64_LENGTH} base64 characters`, fixable: false });
    return undefined;
  }
  const standard = /[-_]/.test(signature) && !/[+/]/.test(signature) ? signature.replace(/-/g, '+').replace(/_/g, '/') : signature;
  const bytes = base64ToBytes(standard);
  if (!bytes) {
    problems.push({ code: 'signatureNotBase64', detail: `the signature (${signature.length} characters) is not base64`, fixable: false });
    return undefined;
  }
  const asText = String.fromCharCode(...bytes.slice(0, 65));
  if (bytes.length === 64 && isHex(asText)) {
    problems.push({ code: 'base64OfHex', detail: 'the signature is the base64 of a hex digest; ThreatConnect expects the base64 of the raw 32-byte digest', fixable: true });
    return bytesToBase64(hexToBytes(asText));
  }
  if (bytes.length !== SIGNATURE_BYTES) {
    problems.push({
      code: 'signatureLength',
      detail: `the signature decodes to ${bytes.length} bytes; an HMAC-SHA256 signature is ${SIGNATURE_BYTES} bytes (${SIGNATURE_BASE64_LENGTH} base64 characters)`,
      fixable: false,
    });
    return undefined;
  }
  if (standard !== signature) {
    problems.push({ code: 'base64Url', detail: 'the signature uses the URL-safe base64 alphabet ("-" and "_"); ThreatConnect expects standard base64 ("+" and "/")', fixable: true });
  }
  const canonical = bytesToBase64(bytes);
  if (standard !== canonical && standard.replace(/=+$/, '') === canonical.replace(/=+$/, '')) {
    problems.push({ code: 'missingPadding', detail: 'the signature lacks its "=" padding', fixable: true });
  }
  return canonical;
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

/** Length and shape of credentials, never their characters. */
export function describeCredentials(credentials: string): string {
  if (credentials === '') return 'no credentials';
  const parts = count(credentials, ':') + 1;
  const classes: string[] = [];
  if (/\s/.test(credentials)) classes.push('whitespace');
  if (/[^\x20-\x7e]/.test(credentials)) classes.push('non-ASCII or control characters');
  const extra = classes.length ? `, including ${classes.join(' and ')}` : '';
  return `${credentials.length} characters in ${parts} colon-separated part${parts === 1 ? '' : 's'}${extra}`;
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
