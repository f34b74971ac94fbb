import type { LintResult, Subject } from '@tclint/core';
import type { LintedPiece, PieceJob } from '@tclint/formats';
import type { LinterSetup } from '../config/linter-setup.js';

/** What a pool worker is started with. */
export interface WorkerData {
  setup: LinterSetup;
}

export type LintMode = 'check' | 'fix';

/** Subjects to lint, copied to the worker. */
export interface SubjectsRequest {
  kind: 'subjects';
  id: number;
  mode: LintMode;
  subjects: Subject[];
}

/** A piece of input to read, lint and write back: its bytes are moved to the worker, not copied. */
export interface PieceRequest {
  kind: 'piece';
  id: number;
  job: PieceJob;
  bytes: Uint8Array;
  firstLine: number;
  header?: Uint8Array;
}

export type WorkerRequest = SubjectsRequest | PieceRequest;

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'setup-failed'; name: string; message: string; problems?: string[] }
  | { kind: 'results'; id: number; results: WireResult[] }
  | { kind: 'piece'; id: number; piece: LintedPiece }
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
