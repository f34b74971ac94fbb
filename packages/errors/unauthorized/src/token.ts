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

export const TOKEN_FORM = 'TC-Token <token>';

/** Temporary job tokens expire 4 hours after they are issued. */
export const JOB_TOKEN_LIFETIME_SECONDS = 4 * 60 * 60;
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_-]{0,19}$/;

/**
 * Reads an Authorization header for token authentication. The token itself
 * is only measured (length, parts), never copied into the result.
 */
export function readTokenHeader(value: string | undefined): TokenHeader {
  if (value === undefined) return { scheme: 'none', shape: 'no Authorization header', problems: [] };
  const trimmed = value.trim();
  const gap = /\s+/.exec(trimmed);
  const word = gap ? trimmed.slice(0, gap.index) : trimmed;
  const credentials = gap ? trimmed.slice(gap.index + gap[0].length) : '';
  const lower = word.toLowerCase();
  const header: TokenHeader = {
    scheme: lower === 'tc-token' ? 'token' : lower === 'tc' ? 'hmac' : 'other',
    shape: describeToken(credentials),
    problems: [],
  };
  if (PLAIN_WORD.test(word)) header.schemeWord = word;
  if (header.scheme !== 'token') return header;

  const problems = header.problems;
  if (trimmed !== value) problems.push('the value has leading or trailing whitespace (often a line break read from a file or environment variable)');
  if (word !== 'TC-Token') problems.push(`the scheme is written "${word}" instead of "TC-Token"`);
  if (gap && gap[0] !== ' ') problems.push(`"TC-Token" is followed by ${gap[0].length} whitespace characters instead of one space`);
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

/** Length and shape of a token, never its characters. */
export function describeToken(token: string): string {
  if (token === '') return 'no token';
  const parts = countOf(token, ':') + 1;
  const unusual = /[^\x21-\x7e]/.test(token) ? ', including whitespace, non-ASCII or control characters' : '';
  return `${token.length} characters in ${parts} colon-separated part${parts === 1 ? '' : 's'}${unusual}`;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
