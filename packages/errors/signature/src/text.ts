import { redact } from '@tclint/core';

/** Shortens a text for a message. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A function that masks the secret key (and its trimmed form) wherever it appears. */
export function withoutSecret(secretKey: string | undefined): (text: string) => string {
  if (!secretKey) return (text) => text;
  const secrets = [...new Set([secretKey, secretKey.trim()])].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return (text) => redact(text, secrets);
}
