import type { Subject } from './subject.js';

const MASK = '[REDACTED]';
const TOKEN_HEADER = /^\s*TC-Token\s+(\S+)/i;

/** The secrets a subject carries: the secret key and any API token in its Authorization header. */
export function secretsOf(subject: Subject): string[] {
  if (subject.kind !== 'exchange') return [];
  const secrets: string[] = [];
  if (subject.secretKey) secrets.push(subject.secretKey, subject.secretKey.trim());
  const authorization = headerValue(subject.request.headers, 'authorization');
  const token = authorization && TOKEN_HEADER.exec(authorization)?.[1];
  if (token) secrets.push(token);
  // Longest first, so a secret that contains another is masked whole.
  return [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of each secret with a mask. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
  return out;
}

/** Case-insensitive header lookup. */
export function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const key in headers) if (key.toLowerCase() === wanted) return headers[key];
  return undefined;
}
