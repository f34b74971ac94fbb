import { findPhrase, parseApiError, preview, type HttpResponse } from '@tclint/core';

/** The error text ThreatConnect returns when the signature does not verify. */
export const SIGNATURE_ERROR = 'Signature data did not match expected result';

/** When the response is the signature error: the line of evidence that says so. */
export function signatureErrorOf(response: HttpResponse | undefined): string | undefined {
  if (!response) return undefined;
  const error = parseApiError(response);
  if (findPhrase(error.message, SIGNATURE_ERROR) < 0) return undefined;
  const envelope = error.envelope === 3 ? ` (v3 error${error.errCode ? ` ${error.errCode}` : ''})` : error.envelope === 2 ? ' (v2 Failure)' : '';
  return `ThreatConnect answered HTTP ${error.status}${envelope}: ${preview(error.message, 200)}`;
}
