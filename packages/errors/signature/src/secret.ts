import { redact } from '@tclint/core';

/** A function that masks the secret key (and its trimmed form) wherever it appears. */
export function withoutSecret(secretKey: string | undefined): (text: string) => string {
  if (!secretKey) return (text) => text;
  const secrets = [...new Set([secretKey, secretKey.trim()])].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return (text) => redact(text, secrets);
}
