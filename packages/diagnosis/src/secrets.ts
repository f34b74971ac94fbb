import { headerValue, redact, type Subject } from '@tclint/core';

export const REDACTED = '[REDACTED]';

/**
 * What must never be printed for a subject: the secret key, and the
 * Authorization header value with its credential part (the HMAC signature of
 * `TC <access id>:<signature>`, the token of `TC-Token <token>`). The access
 * id is not a secret and stays readable.
 */
export function secretsOf(subject: Subject | undefined): string[] {
  if (subject?.kind !== 'exchange') return [];
  const found: string[] = [];
  if (subject.secretKey) found.push(subject.secretKey, subject.secretKey.trim());
  const authorization = headerValue(subject.request.headers, 'authorization');
  if (authorization) {
    found.push(authorization, authorization.trim());
    const hmac = /^\s*TC\s+[^:\s]*:(\S+)/i.exec(authorization);
    const token = /^\s*(?:TC-Token|Bearer|Basic)\s+(\S+)/i.exec(authorization);
    if (hmac) found.push(hmac[1]!);
    else if (token) found.push(token[1]!);
    else for (const part of authorization.split(/\s+/)) if (part.length >= 16) found.push(part);
  }
  return [...new Set(found.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}

/** Masks every secret in a text. */
export function redactText(text: string, secrets: readonly string[]): string {
  return secrets.length ? redact(text, secrets) : text;
}

/** Whether a fix field holds a credential (its value is masked in output). */
export function isCredentialField(field: string): boolean {
  const name = field.toLowerCase();
  return name === 'request.headers.authorization' || name === 'secretkey' || name.endsWith('.secretkey');
}
