import { describeCredentials, parseAuthorization, textOf } from '@tclint/tc-auth';

/** How a request authenticates, read from its Authorization header. */
export type Scheme = 'token' | 'hmac' | 'other' | 'none';

export interface TokenHeader {
  scheme: Scheme;
  /** The scheme word as written, when it is short and plain enough to show. */
  schemeWord?: string;
  /** Length and shape of the credentials, never their characters. */
  shape: string;
  /** What is wrong with the form of a `TC-Token` header; safe to show (never any of the token). */
  problems: string[];
}

export { TOKEN_FORM } from '@tclint/tc-auth';

/** Temporary job tokens expire 4 hours after they are issued. */
export const JOB_TOKEN_LIFETIME_SECONDS = 4 * 60 * 60;
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_-]{0,19}$/;

/**
 * Reads an Authorization header (split by @tclint/tc-auth) for token
 * authentication. The token itself is only measured (length, parts), never
 * copied into the result.
 */
export function readTokenHeader(value: string | undefined): TokenHeader {
  const parts = parseAuthorization(value);
  if (parts.scheme === 'absent') return { scheme: 'none', shape: 'no Authorization header', problems: [] };
  // a single word is no scheme and no credentials: its shape is not measured
  const named = parts.scheme !== 'unnamed';
  const word = named ? textOf(parts, parts.schemeWord) : textOf(parts, parts.value);
  const credentials = named ? textOf(parts, parts.credentials) : '';
  const header: TokenHeader = { scheme: named ? parts.scheme : 'other', shape: describeCredentials(credentials), problems: [] };
  if (PLAIN_WORD.test(word)) header.schemeWord = word;
  if (header.scheme !== 'token') return header;

  const problems = header.problems;
  const gap = textOf(parts, parts.gap);
  if (parts.trimmed.start > 0 || parts.trimmed.end < parts.text.length) problems.push('the value has leading or trailing whitespace (often a line break read from a file or environment variable)');
  if (parts.bytesLiteral) problems.push("the header is wrapped in b'…' (a Python 3 bytes value printed with str())");
  if (word !== 'TC-Token') problems.push(`the scheme is written "${word}" instead of "TC-Token"`);
  if (gap !== '' && gap !== ' ') problems.push(`"TC-Token" is followed by ${gap.length} whitespace characters instead of one space`);
  if (credentials === '') {
    problems.push('nothing follows "TC-Token"');
  } else if (/^b(['"]).*\1$/s.test(credentials)) {
    problems.push("the token is wrapped in b'…' (a Python 3 bytes value printed with str())");
  } else if (/^(['"]).*\1$/s.test(credentials)) {
    problems.push('the token is wrapped in quotes');
  }
  if (/\s/.test(credentials)) problems.push('the token contains whitespace (a space or line break inside the value)');
  return header;
}
