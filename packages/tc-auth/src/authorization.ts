/** Where a part of an Authorization header is: indices into the header text, the end excluded. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * How a header authenticates, by its first word (in any letter case):
 * `hmac` for `TC`, `token` for `TC-Token`, `other` for another word before
 * whitespace; `unnamed` when the value is a single word and no scheme (`123:sig`,
 * a bare token); `absent` when there is no header.
 */
export type AuthorizationScheme = 'hmac' | 'token' | 'other' | 'unnamed' | 'absent';

export const HMAC_FORM = 'TC <accessId>:<signature>';
export const TOKEN_FORM = 'TC-Token <token>';

/** An Authorization header split into its parts, each by position; nothing is decoded or repaired. */
export interface AuthorizationHeader {
  /** The header as sent ('' when there is none). */
  readonly text: string;
  readonly scheme: AuthorizationScheme;
  /** The header without the whitespace around it (what `String.prototype.trim` removes). */
  readonly trimmed: Span;
  /** Whether the whole value is a Python bytes literal (`b'TC 1:sig'`): `value` is then inside it. */
  readonly bytesLiteral: boolean;
  /** The value that is read: `trimmed`, or the inside of the bytes literal, trimmed again. */
  readonly value: Span;
  /** The scheme word as written; undefined for an `unnamed` or `absent` header. */
  readonly schemeWord?: Span;
  /** The whitespace between the scheme word and the credentials, when there is any. */
  readonly gap?: Span;
  /** Everything after the scheme word and its whitespace: the whole value when it is `unnamed`. */
  readonly credentials: Span;
  /** How many colons the credentials hold (one in `<accessId>:<signature>`; an API token has several). */
  readonly colons: number;
  /** The credentials before their first colon (the access id, with any whitespace), when they have a colon. */
  readonly accessId?: Span;
  /** The credentials after their first colon (the signature, with any whitespace or wrapper). */
  readonly signature?: Span;
}

const WHITESPACE = /\s/;

/**
 * Splits an Authorization header into scheme, whitespace and credentials, and
 * the credentials at their first colon. One linear scan that never throws;
 * what is wrong with the parts is for the caller to judge.
 */
export function parseAuthorization(header: string | undefined): AuthorizationHeader {
  const text = header ?? '';
  const trimmed = trimSpan(text, 0, text.length);
  const inner = header === undefined ? undefined : bytesLiteralInside(text, trimmed);
  const value = inner ? trimSpan(text, inner.start, inner.end) : trimmed;
  const space = firstWhitespace(text, value);
  const wordEnd = space < 0 ? value.end : space;
  const named = isWord(text, value.start, wordEnd, 'tc') ? 'hmac' : isWord(text, value.start, wordEnd, 'tc-token') ? 'token' : space >= 0 ? 'other' : undefined;
  let scheme: AuthorizationScheme;
  let credentials: Span;
  let schemeWord: Span | undefined;
  let gap: Span | undefined;
  if (header === undefined) {
    scheme = 'absent';
    credentials = value;
  } else if (named === undefined || value.start === value.end) {
    scheme = 'unnamed';
    credentials = value;
  } else {
    scheme = named;
    schemeWord = { start: value.start, end: wordEnd };
    let gapEnd = wordEnd;
    while (gapEnd < value.end && WHITESPACE.test(text[gapEnd]!)) gapEnd++;
    if (gapEnd > wordEnd) gap = { start: wordEnd, end: gapEnd };
    credentials = { start: gapEnd, end: value.end };
  }
  const colon = text.indexOf(':', credentials.start);
  const parsed: { -readonly [K in keyof AuthorizationHeader]: AuthorizationHeader[K] } = { text, scheme, trimmed, bytesLiteral: inner !== undefined, value, credentials, colons: 0 };
  if (schemeWord) parsed.schemeWord = schemeWord;
  if (gap) parsed.gap = gap;
  if (colon >= 0 && colon < credentials.end) {
    parsed.accessId = { start: credentials.start, end: colon };
    parsed.signature = { start: colon + 1, end: credentials.end };
    parsed.colons = countColons(text, colon, credentials.end);
  }
  return parsed;
}

/** The text of a part of a parsed header. */
export function textOf(header: AuthorizationHeader, span: Span | undefined): string {
  return span ? header.text.slice(span.start, span.end) : '';
}

/** The inside of a Python bytes literal `b'…'` / `b"…"` that spans all of `span`, or undefined. */
export function bytesLiteralInside(text: string, span: Span): Span | undefined {
  if (span.end - span.start < 3 || (text[span.start] !== 'b' && text[span.start] !== 'B')) return undefined;
  const quote = text[span.start + 1];
  if ((quote !== "'" && quote !== '"') || text[span.end - 1] !== quote) return undefined;
  return { start: span.start + 2, end: span.end - 1 };
}

function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && WHITESPACE.test(text[from]!)) from++;
  while (to > from && WHITESPACE.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** Index of the first whitespace inside `span`, or -1: one regex scan, no string per character. */
function firstWhitespace(text: string, span: Span): number {
  const found = /\s/g;
  found.lastIndex = span.start;
  const at = found.exec(text)?.index ?? -1;
  return at >= 0 && at < span.end ? at : -1;
}

/** Whether text[start, end) is `word` (given in lower case) in any ASCII letter case. */
function isWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

function countColons(text: string, from: number, end: number): number {
  let n = 0;
  for (let i = from; i >= 0 && i < end; i = text.indexOf(':', i + 1)) n++;
  return n;
}
