import type { LintResult, Subject } from '@tclint/core';
import { readRecordBatches, type OpenedInput, type ReadOptions } from '../readers/read.js';
import { isRecordError, type InputRecord } from '../records/record.js';
import { recordReport, type RecordReport } from '../records/report.js';
import { ownTypeName, typeNameFix } from '../records/type-name.js';
import type { Sink } from '../writers/sink.js';
import { createRecordWriter } from '../writers/writer.js';

/** What lints a piece's records: a linter of @tclint/preset, or anything with its `check` and `fix`. */
export interface PieceLinter {
  check<S extends Subject>(subject: S): LintResult<S>;
  fix<S extends Subject>(subject: S): LintResult<S>;
}

/** Lints (or fixes) one record; a fix writes ThreatConnect's type name where the record names its type otherwise (`ip-dst` -> `Address`). */
export function lintRecord(linter: PieceLinter, record: InputRecord, fix: boolean): LintResult {
  return fix ? typeNameFix(ownTypeName(record), linter.fix(record.subject)) : linter.check(record.subject);
}

/** Whether fixing changed the record (its report then carries an `output`). */
export function isFixed(result: LintResult): boolean {
  return result.output !== undefined && result.changes.length > 0;
}

/** Whether a run that wants `mode` reports a linted record: every one, one with messages or a changed output, or one with messages. */
export function wantsReport(mode: ReportMode, result: LintResult): boolean {
  return mode === 'all' || result.messages.length > 0 || (mode === 'problems' && isFixed(result));
}

/** The formats whose records can be cut apart at line (CSV: record) boundaries and read piece by piece. */
export type PieceFormat = 'lines' | 'csv' | 'ndjson';

/**
 * Which reports a run wants: one per record (`all`), only those with
 * messages or a fixed output (`problems`), or only those with messages
 * (`messages`: what the stylish, compact and SARIF formatters print; fixed
 * records are then only counted, as `fixed`).
 */
export type ReportMode = 'all' | 'problems' | 'messages';

/** What to do with every piece of one input: plain data, sent to the workers with each piece. */
export interface PieceJob {
  format: PieceFormat;
  /** How records are read (`type`, `source`, `delimiter`, limits...). */
  read: ReadOptions;
  fix: boolean;
  /** Write the records back (fixes applied) as the output bytes. */
  write: boolean;
  reports: ReportMode;
}

export interface PieceInput {
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** The number of the piece's first line in the whole input. */
  firstLine: number;
  /** The CSV header line, read before a piece that does not start the input; left out of the output. */
  header?: Uint8Array | undefined;
}

/** What linting a piece found out besides its reports. */
export interface PieceSummary {
  /** Records read (readable or not): the next piece's records are numbered after them. */
  records: number;
  /** Records fixing changed, reported or not. */
  fixed: number;
  /** Some record was written back changed. */
  changed: boolean;
  /** Why the input cannot be rewritten (a line too long to read, a run of blank lines too long to keep). */
  lost?: string;
  /** The reader stopped before the end of the piece (a CSV header it cannot read): the input ends there. */
  stopped: boolean;
}

/** The reports of a batch of records read together, how many records the batch had and how many of them fixing changed. */
export interface PieceBatch {
  reports: RecordReport[];
  records: number;
  fixed: number;
}

/**
 * Reads, lints (or fixes) and writes back one piece of an input, as the whole
 * input would be: lines numbered from `firstLine`, records from 0. Yields the
 * reports the job asks for, a batch at a time; the bytes go to `sink`.
 */
export async function* lintPiece(linter: PieceLinter, job: PieceJob, piece: PieceInput, sink?: Sink): AsyncGenerator<PieceBatch, PieceSummary> {
  const { header } = piece;
  let consumed = false;
  const stream = (async function* () {
    if (header) yield header;
    yield* piece.chunks;
    consumed = true;
  })();
  const opened: OpenedInput = { format: job.format, source: job.read.source ?? '<stdin>', stream };
  const batches = readRecordBatches(opened, { ...job.read, format: job.format, firstLine: header ? piece.firstLine - 1 : piece.firstLine });
  const writer = job.write && sink ? createRecordWriter(job.format, header ? withoutPrefix(sink, header) : sink, { always: true, partial: { open: () => true } }) : undefined;
  let records = 0;
  let fixed = 0;
  let lost: string | undefined;
  let completed = false;
  try {
    for (;;) {
      const step = await batches.next();
      if (step.done) {
        if (step.value?.lost !== undefined) lost ??= step.value.lost;
        const written = writer ? await writer.commit(step.value) : undefined;
        completed = true;
        const summary: PieceSummary = { records, fixed, changed: written?.changed ?? false, stopped: !consumed };
        if (lost !== undefined) summary.lost = lost;
        return summary;
      }
      const reports: RecordReport[] = [];
      let batchFixed = 0;
      for (const item of step.value) {
        records++;
        let result: LintResult | undefined;
        if (isRecordError(item)) {
          if (item.lost) lost ??= item.error.message;
        } else {
          result = lintRecord(linter, item, job.fix);
          if (isFixed(result)) batchFixed++;
        }
        const writing = writer?.write(item, result);
        if (writing) await writing;
        if (result === undefined) reports.push(recordReport(item));
        else if (wantsReport(job.reports, result)) reports.push(recordReport(item, result));
      }
      fixed += batchFixed;
      yield { reports, records: step.value.length, fixed: batchFixed };
    }
  } finally {
    if (!completed) {
      await batches.return(undefined);
      await writer?.abort();
    }
  }
}

/** A sink that drops the header bytes the piece's writer writes first (they were written with the first piece). */
function withoutPrefix(sink: Sink, prefix: Uint8Array): Sink {
  let skipped = 0;
  return {
    async write(bytes) {
      if (skipped < prefix.length) {
        const take = Math.min(prefix.length - skipped, bytes.length);
        for (let i = 0; i < take; i++) if (bytes[i] !== prefix[skipped + i]) throw new Error('a piece of CSV did not start with its header');
        skipped += take;
        if (take === bytes.length) return;
        bytes = bytes.subarray(take);
      }
      await sink.write(bytes);
    },
    commit: () => sink.commit(),
    discard: () => sink.discard(),
  };
}

/** A sink that keeps the bytes written to it, for a worker to send back. */
export function bytesSink(): { sink: Sink; bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  let length = 0;
  return {
    sink: {
      async write(bytes) {
        chunks.push(bytes);
        length += bytes.length;
      },
      async commit() {},
      async discard() {},
    },
    bytes() {
      const out = new Uint8Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      return out;
    },
  };
}

/** A piece linted as a whole: its reports, its output bytes (when written) and its summary. */
export interface LintedPiece extends PieceSummary {
  reports: RecordReport[];
  output?: Uint8Array;
}

/** Lints a piece held in memory and gathers everything it gives (what a worker sends back). */
export async function lintWholePiece(linter: PieceLinter, job: PieceJob, piece: PieceInput): Promise<LintedPiece> {
  const out = job.write ? bytesSink() : undefined;
  const run = lintPiece(linter, job, piece, out?.sink);
  const reports: RecordReport[] = [];
  for (;;) {
    const step = await run.next();
    if (step.done) {
      const linted: LintedPiece = { ...step.value, reports };
      if (out) linted.output = out.bytes();
      return linted;
    }
    for (const report of step.value.reports) reports.push(report);
  }
}
