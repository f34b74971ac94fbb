import { defineAnalysis, findPhrase, parseApiError, preview, type AnalysisContext, type ApiError, type ExchangeSubject, type HttpResponse } from '@tclint/core';

/** The error texts this package diagnoses, as ThreatConnect writes them (matched ignoring case). */
export const ACCESS_DENIED_TEXTS = {
  accessDenied: 'Access Denied',
  ownerNotFound: 'The requested owner was not found',
  notLicensed: 'API access has not been licensed for this system',
} as const;

export type AccessDeniedKind = keyof typeof ACCESS_DENIED_TEXTS;

const KINDS = Object.keys(ACCESS_DENIED_TEXTS) as AccessDeniedKind[];

/** A known text found in an error message or log: which one and where. */
export interface FoundText {
  kind: AccessDeniedKind;
  index: number;
}

/** Every known text in `text`, first occurrence of each, in the order they appear. */
export function findAccessDeniedTexts(text: string): FoundText[] {
  const found: FoundText[] = [];
  for (const kind of KINDS) {
    const index = findPhrase(text, ACCESS_DENIED_TEXTS[kind]);
    if (index !== -1) found.push({ kind, index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A failed exchange of this package's class: the parsed error and the kind of text it carries. */
export interface ClassifiedExchange {
  error: ApiError;
  kind: AccessDeniedKind;
}

/**
 * Which of this package's errors a failed exchange shows, if any. The
 * response must be an error status (400 and up); the message decides the
 * kind, whatever the status (ThreatConnect answers Access Denied with 401 or
 * 403, owner not found with 403 or 404, not licensed with 503).
 */
export function classifyExchange(subject: ExchangeSubject, context?: AnalysisContext): ClassifiedExchange | undefined {
  const response = subject.response;
  if (!response || !(response.status >= 400)) return undefined;
  const { error, found } = context ? context.analyze(responseReading, response) : responseReading.analyze(response);
  const first = found[0];
  return first ? { error, kind: first.kind } : undefined;
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
export const responseReading = defineAnalysis('access-denied/response', (response: HttpResponse): ReadResponse => {
  const body = response.body ?? '';
  const error = /^\s*\{/.test(body) ? parseApiError(response) : { status: response.status, message: body.trim() };
  return { error, found: findAccessDeniedTexts(error.message) };
});

/** The facts every diagnosis of an exchange starts from: status, envelope and error code. */
export function responseEvidence(error: ApiError): string {
  const envelope = error.envelope === 3 ? `v3 body (errCode ${error.errCode ?? 'none'})` : error.envelope === 2 ? 'v2 body' : 'body';
  return `HTTP ${error.status}, ${envelope}: ${preview(error.message.trim(), 200)}`;
}
