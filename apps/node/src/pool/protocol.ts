import type { LintResult, Subject } from '@tclint/core';
import type { LinterSetup } from '../config/linter-setup.js';

/** What a pool worker is started with. */
export interface WorkerData {
  setup: LinterSetup;
}

export type LintMode = 'check' | 'fix';

export interface LintRequest {
  id: number;
  mode: LintMode;
  subjects: Subject[];
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'setup-failed'; name: string; message: string; problems?: string[] }
  | { kind: 'results'; id: number; results: WireResult[] }
  | { kind: 'failed'; id: number; message: string };

/**
 * A result as it travels back. Most subjects are clean, and a clean result
 * is nothing but its subject: `0` when that is the subject sent, else the
 * subject (typed by inference). Copying whole results would cost the main
 * thread more than linting them.
 */
export type WireResult = LintResult | Subject | 0;

export function toWire(sent: Subject, result: LintResult): WireResult {
  if (result.messages.length || result.changes.length) return result;
  return result.subject === sent ? 0 : result.subject;
}

export function fromWire(sent: Subject, wire: WireResult): LintResult {
  if (wire !== 0 && 'messages' in wire) return wire;
  const subject = wire === 0 ? sent : wire;
  return { subject, messages: [], changes: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}
