import type { HttpResponse } from './subject.js';

/** What a ThreatConnect error response says, from its v2 or v3 envelope. */
export interface ApiError {
  status: number;
  /** The `message` of the body, or the whole body text when it is not JSON. */
  message: string;
  /** v3 error code such as `0x1002`. */
  errCode?: string;
  /** `2` for `{status: "Failure"}`, `3` for `{status: "Error", errCode}`, undefined otherwise. */
  envelope?: 2 | 3;
}

/**
 * Reads a ThreatConnect error response: v2 `{"status":"Failure","message":...}`,
 * v3 `{"status":"Error","errCode":"0x1002","message":...}`, or plain text.
 */
export function parseApiError(response: HttpResponse): ApiError {
  const body = response.body ?? '';
  const error: ApiError = { status: response.status, message: body.trim() };
  // Only an object can be an envelope; do not pay for parsing anything else.
  if (!error.message.startsWith('{')) return error;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return error;
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const record = parsed as Record<string, unknown>;
    if (typeof record.message === 'string') error.message = record.message;
    if (typeof record.errCode === 'string') error.errCode = record.errCode;
    if (record.status === 'Failure') error.envelope = 2;
    else if (record.status === 'Error' || error.errCode) error.envelope = 3;
  }
  return error;
}

/** The error text of an exchange's response, or of a bare message. */
export function errorText(subject: { kind: 'exchange'; response?: HttpResponse } | { kind: 'message'; text: string }): string {
  if (subject.kind === 'message') return subject.text;
  return subject.response ? parseApiError(subject.response).message : '';
}
