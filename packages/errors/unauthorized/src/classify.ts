import { defineAnalysis, findPhrase, findWord, headerValue, parseApiError, preview, type AnalysisContext, type ApiError, type ExchangeSubject, type HttpResponse } from '@tclint/core';
import { parseAuthorization } from '@tclint/tc-auth';

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
  const found: FoundText[] = [];
  const word = findWord(text, WORD);
  if (word !== -1) found.push({ kind: 'unauthorized', index: word });
  const renewal = findPhrase(text, RENEWAL_PHRASE);
  if (renewal !== -1) found.push({ kind: 'renewalFailed', index: renewal });
  return found.sort((a, b) => a.index - b.index);
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
export function classifyExchange(subject: ExchangeSubject, context?: AnalysisContext): ClassifiedExchange | undefined {
  const response = subject.response;
  if (!response || !(response.status >= 400)) return undefined;
  const { error, found } = context ? context.analyze(responseReading, response) : responseReading.analyze(response);
  const first = found[0];
  if (first) return { error, kind: first.kind };
  if (error.status === 401 && error.message === '' && usesToken(subject)) return { error, kind: 'unauthorized' };
  return undefined;
}

/** Whether the request authenticates with an API token (whatever the letter case of the scheme). */
export function usesToken(subject: ExchangeSubject): boolean {
  return parseAuthorization(headerValue(subject.request.headers, 'authorization')).scheme === 'token';
}

export interface ReadResponse {
  error: ApiError;
  found: FoundText[];
}

/**
 * The error a response carries and the known texts in its message, shared
 * by every rule of the package through `context.analyze` (the engine forgets
 * it with the subject). `parseApiError` is skipped for bodies that cannot be
 * an error envelope.
 */
export const responseReading = defineAnalysis('unauthorized/response', (response: HttpResponse): ReadResponse => {
  const body = response.body ?? '';
  const error = /^\s*\{/.test(body) ? parseApiError(response) : { status: response.status, message: body.trim() };
  return { error, found: findUnauthorizedTexts(error.message) };
});

/** The facts every diagnosis of an exchange starts from: status, envelope and error code. */
export function responseEvidence(error: ApiError): string {
  const envelope = error.envelope === 3 ? `v3 body (errCode ${error.errCode ?? 'none'})` : error.envelope === 2 ? 'v2 body' : 'body';
  if (error.message === '') return `HTTP ${error.status}, ${envelope} with no message`;
  return `HTTP ${error.status}, ${envelope}: ${preview(error.message.trim(), 200)}`;
}
