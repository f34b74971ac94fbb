import type { AppSubject, ExchangeSubject, Fix, MessageSeverity, MessageSubject, Subject } from '@tclint/core';

/** What can be diagnosed: a ThreatConnect exchange, an error message or log excerpt, a TcEx app. */
export type DiagnosableSubject = ExchangeSubject | MessageSubject | AppSubject;

/** One explanation of a failure: its class, what was found, what to do, and a fix where one can be computed. */
export interface Diagnosis {
  /** The error class (`signature`, `timestamp`, ...), `indicator-format` or `unrecognized`. */
  classId: string;
  /** The rule that made it; `tclint/unrecognized` when nothing recognized the error. */
  ruleId: string;
  severity: MessageSeverity;
  message: string;
  evidence: readonly string[];
  remedies: readonly string[];
  /** A corrected request (or file) where one can be computed. */
  fix?: Fix;
  /** The field the problem is in (an indicator field for `indicator-format`). */
  field?: string;
  /** For `indicator-format`: where the indicator is in the request body (`indicator[3]`, `[0]`); absent for a single body. */
  path?: string;
  /** For `indicator-format`: the rule's own fix of the indicator field (`fix` is the corrected request body). */
  indicatorFix?: Fix;
  docsUrl?: string;
}

export interface DiagnoseResult<S extends Subject = Subject> {
  subject: S;
  diagnoses: Diagnosis[];
  /** The subject with every available fix applied, when there was one. */
  output?: S;
  errorCount: number;
  warningCount: number;
}
