import { headerValue, parseApiError, type ApiError, type ExchangeSubject, type HttpResponse } from '@tclint/core';
import { lowercaseKeepingIndices, printable } from './text.js';

/** The error texts this package diagnoses, as ThreatConnect writes them (matched ignoring case). */
export const UNAUTHORIZED_TEXTS = {
  unauthorized: 'Unauthorized',
  renewalFailed: 'The Job associated with this token is either invalid or does not exist.',
} as const;

export type UnauthorizedKind = keyof typeof UNAUTHORIZED_TEXTS;

const RENEWAL_PHRASE = 'the job associated with this token is either invalid or does not exist';
const WORD = 'unauthorized';

export interface FoundText {
  kind: UnauthorizedKind;
  index: number;
}

/** Every known text in `text` (first occurrence of each), in the order they appear. "Unauthorized" must be a whole word. */
export function findUnauthorizedTexts(text: string): FoundText[] {
  const lower = lowercaseKeepingIndices(text);
  const found: FoundText[] = [];
  const word = findWord(lower, WORD);
  if (word !== -1) found.push({ kind: 'unauthorized', index: word });
  const renewal = lower.indexOf(RENEWAL_PHRASE);
  if (renewal !== -1) found.push({ kind: 'renewalFailed', index: renewal });
  return found.sort((a, b) => a.index - b.index);
}

function findWord(lower: string, word: string): number {
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
    if (!isWordChar(lower.charCodeAt(i - 1)) && !isWordChar(lower.charCodeAt(i + word.length))) return i;
  }
  return -1;
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

export interface ClassifiedExchange {
  error: ApiError;
  kind: UnauthorizedKind;
}

/**
 * Which of this package's errors a failed exchange (status 400 and up)
 * shows. The message decides: "Unauthorized" (v2 text, or the v3 body
 * `{"errCode": "0x1002", "message": "Unauthorized"}`), or the token renewal
 * failure. A 401 with no message at all counts as Unauthorized when the
 * request used a token, since ThreatConnect then gives no other reason.
 */
export function classifyExchange(subject: ExchangeSubject): ClassifiedExchange | undefined {
  const response = subject.response;
  if (!response || !(response.status >= 400)) return undefined;
  const { error, found } = readResponse(response);
  const first = found[0];
  if (first) return { error, kind: first.kind };
  if (error.status === 401 && error.message === '' && usesToken(subject)) return { error, kind: 'unauthorized' };
  return undefined;
}

/** Whether the request authenticates with an API token (whatever the letter case of the scheme). */
export function usesToken(subject: ExchangeSubject): boolean {
  const authorization = headerValue(subject.request.headers, 'authorization');
  return authorization !== undefined && /^\s*tc-token(\s|$)/i.test(authorization);
}

interface ReadResponse {
  error: ApiError;
  found: FoundText[];
}

const cache = new WeakMap<HttpResponse, { body: string | undefined; read: ReadResponse }>();

/**
 * The error a response carries and the known texts in its message.
 * `parseApiError` is skipped for bodies that cannot be an error envelope,
 * and the result is remembered for the response, since every rule of the
 * package reads the same response.
 */
export function readResponse(response: HttpResponse): ReadResponse {
  const known = cache.get(response);
  if (known && known.body === response.body) return known.read;
  const body = response.body ?? '';
  const error = /^\s*\{/.test(body) ? parseApiError(response) : { status: response.status, message: body.trim() };
  const read = { error, found: findUnauthorizedTexts(error.message) };
  cache.set(response, { body: response.body, read });
  return read;
}

/** The facts every diagnosis of an exchange starts from: status, envelope and error code. */
export function responseEvidence(error: ApiError): string {
  const envelope = error.envelope === 3 ? `v3 body (errCode ${error.errCode ?? 'none'})` : error.envelope === 2 ? 'v2 body' : 'body';
  if (error.message === '') return `HTTP ${error.status}, ${envelope} with no message`;
  return `HTTP ${error.status}, ${envelope}: "${printable(error.message.trim(), 200)}"`;
}
