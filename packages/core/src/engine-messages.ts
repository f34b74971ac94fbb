import type { ActiveRule } from './config.js';
import { interpolate } from './interpolate.js';
import { redact } from './redact.js';
import type { AppliedChange, LintMessage } from './result.js';
import type { Report } from './rule.js';

/** Ids of the messages the engine itself reports. */
export const ENGINE_RULES = {
  unknownType: 'tclint/unknown-type',
  ambiguousType: 'tclint/ambiguous-type',
  typeAlias: 'tclint/type-alias',
  internalError: 'tclint/internal-error',
  fixCycle: 'tclint/fix-cycle',
  fixLimit: 'tclint/fix-limit',
} as const;

/**
 * What a rule reported, kept raw: messages are rendered only for the pass
 * whose results are returned, not for every fix pass.
 */
export type Finding = { active: ActiveRule; report: Report } | { active: ActiveRule; internal: LintMessage };

export function render(findings: readonly Finding[], secrets: readonly string[]): LintMessage[] {
  return findings.map((finding) => ('internal' in finding ? redactMessage(finding.internal, secrets) : toMessage(finding.active, finding.report, secrets)));
}

function toMessage({ ruleId, rule, severity }: ActiveRule, r: Report, secrets: readonly string[]): LintMessage {
  const { meta } = rule;
  const message: LintMessage = {
    ruleId,
    severity: severity === 'warn' ? 'warning' : 'error',
    messageId: r.messageId,
    message: redact(interpolate(meta.messages[r.messageId]!, r.data), secrets),
  };
  if (r.data) message.data = redactData(r.data, secrets);
  if (r.field !== undefined) message.field = r.field;
  if (r.fix) message.fix = r.fix;
  if (meta.docsUrl) message.docsUrl = meta.docsUrl;
  if (meta.classId) message.classId = meta.classId;
  if (r.evidence) message.evidence = r.evidence.map((e) => redact(e, secrets));
  if (r.remedies) message.remedies = r.remedies.map((e) => redact(e, secrets));
  return message;
}

function redactMessage(message: LintMessage, secrets: readonly string[]): LintMessage {
  return secrets.length ? { ...message, message: redact(message.message, secrets) } : message;
}

function redactData(data: Readonly<Record<string, unknown>>, secrets: readonly string[]): Record<string, unknown> {
  if (secrets.length === 0) return data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) out[key] = typeof value === 'string' ? redact(value, secrets) : value;
  return out;
}

export function redactChange(change: AppliedChange, secrets: readonly string[]): AppliedChange {
  if (secrets.length === 0) return change;
  return { ...change, from: change.from === undefined ? undefined : redact(change.from, secrets), to: redact(change.to, secrets) };
}

export function internalError(ruleId: string, message: string, docsUrl: string | undefined): LintMessage {
  const m: LintMessage = { ruleId, severity: 'error', messageId: ENGINE_RULES.internalError, message, internal: true };
  if (docsUrl) m.docsUrl = docsUrl;
  return m;
}

export function engineMessage(ruleId: string, message: string, data?: Record<string, unknown>, severity: LintMessage['severity'] = 'error'): LintMessage {
  const m: LintMessage = { ruleId, severity, message };
  if (data) m.data = data;
  return m;
}

/** What a rule threw, as text; a thrown value may not even convert to a string. */
export function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'a value that cannot be shown';
  }
}
