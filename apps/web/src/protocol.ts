// The messages between the page and its worker: plain data, cloned by postMessage.
import type { RuleSetting as ConfigRuleSetting } from '@tclint/core';

export type Severity = 'error' | 'warning';
export type RuleSetting = 'off' | 'warn' | 'error';

/** The formats the check view reads (as `tclint check --input`). */
export const INDICATOR_FORMATS = ['lines', 'csv', 'json', 'ndjson', 'batch'] as const;
export type IndicatorFormat = (typeof INDICATOR_FORMATS)[number];
/** The formats the diagnose view reads (as `tclint diagnose --input`). */
export const DIAGNOSE_FORMATS = ['json', 'ndjson', 'har', 'text'] as const;
export type DiagnoseFormat = (typeof DIAGNOSE_FORMATS)[number];

/** What a run is configured with, as a config file would: rule severities and the user's indicator-types reply. */
export interface LinterSettings {
  /** As `rules` in a config file: a severity, or `[severity, options]`. */
  rules: Record<string, ConfigRuleSetting>;
  /** The text of a `GET /v2/types/indicatorTypes` reply; absent: the recorded one. */
  indicatorTypes?: string;
}

/** An input: the bytes of a file or of pasted text (encoded as UTF-8), and the file's name when there is one. */
export interface InputBytes {
  bytes: ArrayBuffer;
  name?: string;
}

export type Request =
  | { kind: 'describe'; id: number; settings: LinterSettings }
  | { kind: 'check'; id: number; input: InputBytes; format: IndicatorFormat | 'auto'; type?: string; settings: LinterSettings }
  | { kind: 'diagnose'; id: number; input: InputBytes; format: DiagnoseFormat | 'auto'; secretKey?: string; settings: LinterSettings }
  /** Rows `from` to `to` (not included) of a table of the last check: the page asks for what it shows. */
  | { kind: 'rows'; id: number; check: number; table: ProblemTable; from: number; to: number };

export type ProblemTable = 'problems' | 'remaining';

/** One problem of a record: a row of the problem tables. */
export interface ProblemRow {
  /** The line (lines, CSV, NDJSON), or where in a JSON document (`indicator[3]`), or `-`. */
  at: string;
  line: number | null;
  type: string | null;
  ruleId: string;
  severity: Severity;
  message: string;
  docsUrl?: string;
}

export interface RuleRow {
  id: string;
  description: string;
  defaultSeverity: 'warn' | 'error';
  severity: RuleSetting;
  fixable: boolean;
  types?: readonly string[];
  classId?: string;
  docsUrl?: string;
}

export interface Totals {
  records: number;
  errors: number;
  warnings: number;
  /** Records whose fixed form differs from the input. */
  fixedRecords: number;
  remainingErrors: number;
  remainingWarnings: number;
}

export interface DiagnosisView {
  classId: string;
  ruleId: string;
  severity: Severity;
  message: string;
  evidence: string[];
  remedies: string[];
  /** The corrected request or file, credentials masked. */
  fix: { field: string; value: string }[];
  docsUrl?: string;
}

export interface DiagnoseReportView {
  index: number;
  /** For an exchange: `POST https://... -> 400` (secrets masked). */
  summary?: string;
  line: number | null;
  path: string | null;
  readError?: string;
  diagnoses: DiagnosisView[];
}

export type Reply =
  | { kind: 'described'; id: number; rules: RuleRow[]; types: string[]; indicatorTypes: { source: 'recorded' | 'yours'; about?: string; types: number; custom: string[] } }
  | { kind: 'progress'; id: number; bytes: number; total: number; records: number; problems: number; phase: 'reading' | 'loading-idn' }
  | { kind: 'rows'; id: number; rows: ProblemRow[] }
  /** The problem rows stay in the worker (`rows` requests): sending 100,000 of them would cost the page seconds. */
  | { kind: 'checked'; id: number; format: IndicatorFormat; output: ArrayBuffer; changedLines: number[]; totals: Totals; rows: Record<ProblemTable, number>; written: boolean; notWritten?: string }
  | { kind: 'diagnosed'; id: number; format: string; reports: DiagnoseReportView[] }
  | { kind: 'wrong-format'; id: number; format: string; message: string }
  | { kind: 'failed'; id: number; message: string; problems?: string[] }
  /** The run starts again (the IDN tables were needed after all): its progress starts over. */
  | { kind: 'restart'; id: number };
