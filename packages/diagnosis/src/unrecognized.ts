import { parseApiError, redact } from '@tclint/core';
import type { DiagnosableSubject, Diagnosis } from './diagnosis.js';
import { secretsOf } from './secrets.js';

export const UNRECOGNIZED_CLASS = 'unrecognized';
const QUOTE_LIMIT = 300;

/**
 * The explicit diagnosis for a failure no rule recognizes: the status and
 * message quoted, nothing guessed. Undefined when there is no failure to
 * explain (an exchange without an error response, an app).
 */
export function unrecognizedDiagnosis(subject: DiagnosableSubject): Diagnosis | undefined {
  if (subject.kind === 'app') return undefined;
  if (subject.kind === 'exchange') {
    const response = subject.response;
    if (!response || response.status < 400) return undefined;
    const error = parseApiError(response);
    const text = quote(redact(error.message, secretsOf(subject)));
    const evidence = [`HTTP ${response.status} from ${subject.request.method.toUpperCase()} ${pathOnly(subject.request.url)}`];
    if (error.errCode) evidence.push(`errCode ${error.errCode}`);
    evidence.push(text ? `message: ${text}` : 'the response has no message');
    return unrecognized(`No rule recognizes this error: HTTP ${response.status}${text ? ` ${text}` : ''}`, evidence);
  }
  const text = quote(subject.text.trim());
  return unrecognized(`No rule recognizes this error: ${text || '(empty message)'}`, [text ? `message: ${text}` : 'the message is empty']);
}

function unrecognized(message: string, evidence: string[]): Diagnosis {
  return {
    classId: UNRECOGNIZED_CLASS,
    ruleId: 'tclint/unrecognized',
    severity: 'error',
    message,
    evidence,
    remedies: [
      'Check the request against the ThreatConnect API documentation for this endpoint.',
      'If ThreatConnect documents this error, please report it so tclint can learn it: https://github.com/tclint/tclint/issues',
    ],
  };
}

function quote(text: string): string {
  if (!text) return '';
  const short = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  return JSON.stringify(short);
}

function pathOnly(url: string): string {
  try {
    return new URL(url, 'http://relative.invalid').pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}
