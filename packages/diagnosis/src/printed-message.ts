import { asChanges, type Fix, type FieldFix, type LintMessage } from '@tclint/core';
import { isCredentialField, REDACTED, redactText } from './secrets.js';

/** A fix as printed: credential fields (Authorization, secret key) masked, secrets redacted. */
export function safeFix(fix: Fix | undefined, secrets: readonly string[]): FieldFix | FieldFix[] | null {
  if (!fix) return null;
  const changes = asChanges(fix).map((c) => ({ field: c.field, value: isCredentialField(c.field) ? REDACTED : redactText(c.value, secrets) }));
  return Array.isArray(fix) ? changes : changes[0]!;
}

/** A message as the JSON formatter prints it. */
export interface PrintedMessage {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  field: string | null;
  fix: FieldFix | FieldFix[] | null;
}

export function printedMessage(message: LintMessage, secrets: readonly string[]): PrintedMessage {
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    message: redactText(message.message, secrets),
    field: message.field ?? null,
    fix: safeFix(message.fix, secrets),
  };
}
