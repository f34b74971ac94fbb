import { findPhrase, parseApiError, preview, type HttpResponse } from '@tclint/core';

/** ThreatConnect's texts for this class. */
export const TIMESTAMP_ERRORS = {
  outOfRange: 'Timestamp out of acceptable time range',
  invalid: 'Invalid timestamp',
} as const;

export type TimestampErrorKind = keyof typeof TIMESTAMP_ERRORS;

/** Which of the class's texts a message contains, if any (out-of-range first). */
export function timestampErrorIn(text: string): TimestampErrorKind | undefined {
  if (findPhrase(text, TIMESTAMP_ERRORS.outOfRange) >= 0) return 'outOfRange';
  if (findPhrase(text, TIMESTAMP_ERRORS.invalid) >= 0) return 'invalid';
  return undefined;
}

export interface Answer {
  kind: TimestampErrorKind;
  /** The response's error message as sent, as core's `preview` shows it (quoted). */
  message: string;
  /** The evidence line describing the response. */
  evidence: string;
}

/** When the response is a timestamp error: what it says. */
export function timestampErrorOf(response: HttpResponse | undefined): Answer | undefined {
  if (!response) return undefined;
  const error = parseApiError(response);
  const kind = timestampErrorIn(error.message);
  if (!kind) return undefined;
  const envelope = error.envelope === 3 ? ` (v3 error${error.errCode ? ` ${error.errCode}` : ''})` : error.envelope === 2 ? ' (v2 Failure)' : '';
  const message = preview(error.message, 200);
  return { kind, message, evidence: `ThreatConnect answered HTTP ${error.status}${envelope}: ${message}` };
}
