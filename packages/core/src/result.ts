import type { Fix } from './rule.js';
import type { Subject } from './subject.js';

export type MessageSeverity = 'error' | 'warning';

export interface LintMessage {
  /** `<namespace>/<id>`; engine messages use the `tclint/` namespace. */
  ruleId: string;
  severity: MessageSeverity;
  messageId?: string;
  message: string;
  data?: Record<string, unknown>;
  field?: string;
  fix?: Fix;
  docsUrl?: string;
  /** Error-class diagnoses: the class, the evidence found, the remedies. */
  classId?: string;
  evidence?: readonly string[];
  remedies?: readonly string[];
  /** The rule misbehaved (threw, unknown messageId, fix from a non-fixable rule). */
  internal?: true;
}

/** A change the fixer made: one field, its value before and after, and the rule that asked for it. */
export interface AppliedChange {
  ruleId: string;
  field: string;
  from: string | undefined;
  to: string;
}

export interface LintResult<S extends Subject = Subject> {
  /** The subject as given (an untyped indicator gets the inferred type and values). */
  subject: S;
  /** Messages left after checking (after fixing, for `fix`). */
  messages: LintMessage[];
  /** The fixed subject, when `fix` changed anything. */
  output?: S;
  /** What `fix` changed, in order. */
  changes: AppliedChange[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function countMessages(messages: readonly LintMessage[]) {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}
