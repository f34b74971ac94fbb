import { csvBoundaries, cutPieces, DEFAULT_MAX_LINE_BYTES, lineBoundaries, lintPiece, lintWholePiece, PieceOutput, type LintedPiece, type OpenedInput, type PieceFormat, type PieceJob, type ReadOptions, type RecordReport, type RecordWriterOptions, type ReportMode, type Sink, type WriteOutcome } from '@tclint/formats';
import type { Linter } from '@tclint/preset';
import type { LinterPool } from './linter-pool.js';

/** Pieces linted or waiting to be written, at most, so memory stays flat whatever the input's size. */
const MAX_AHEAD = 8;

export const PIECE_FORMATS: ReadonlySet<string> = new Set<PieceFormat>(['lines', 'csv', 'ndjson']);

export interface PieceRun {
  pool: LinterPool;
  /** How records are read, as plain data for the workers. */
  read: ReadOptions;
  fix: boolean;
  reports: ReportMode;
  /** Where the output goes (with the writer options of its target). */
  output?: { sink: Sink; options: RecordWriterOptions } | undefined;
  /** The input's size when known (a file): a pool is used only for inputs of `pool.minInputBytes` or more. */
  size?: number | undefined;
  onRecords?: ((count: number, fixed: number) => void) | undefined;
}

interface Queued {
  settled: boolean;
  linted: Promise<LintedPiece>;
}

/**
 * Lints an input (lines, CSV or NDJSON) in pieces of whole records: the
 * workers of the pool read, lint and write each piece they are given and send
 * back its output bytes and reports; this thread cuts the input, lints the
 * pieces the workers have no room for, and writes and reports everything in
 * input order. The output and reports are those of one thread reading the
 * whole input. An input smaller than `pool.minInputBytes` never reaches the
 * workers.
 */
export async function* lintInPieces(linter: Linter, opened: OpenedInput, run: PieceRun): AsyncGenerator<RecordReport[], WriteOutcome | undefined> {
  const { pool } = run;
  const format = opened.format as PieceFormat;
  const output = run.output ? new PieceOutput(run.output.sink, run.output.options) : undefined;
  const job: PieceJob = { format, read: run.read, fix: run.fix, write: output !== undefined, reports: run.reports };
  const maxLineBytes = run.read.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const scanner = format === 'csv' ? csvBoundaries({ delimiter: run.read.delimiter ?? ',', maxLineBytes }) : lineBoundaries();
  const pieceBytes = pool.pieceBytes;
  // past a line too long to read, the rest is read here as it streams (the readers do not hold such lines whole)
  const maxPieceBytes = Math.max(4 * pieceBytes, maxLineBytes + 2);
  const { header, pieces } = await cutPieces(opened.stream, scanner, { pieceBytes, maxPieceBytes, header: format === 'csv' });

  let worth = run.size !== undefined && run.size >= pool.minInputBytes;
  if (worth) pool.start();
  let seen = 0;
  let records = 0;
  let stopped = false;
  const queue: Queued[] = [];

  const enqueue = (linted: Promise<LintedPiece>) => {
    const queued: Queued = { settled: false, linted };
    linted.then(
      () => (queued.settled = true),
      () => (queued.settled = true),
    );
    queue.push(queued);
  };
  const enqueueLinted = (linted: LintedPiece) => queue.push({ settled: true, linted: Promise.resolve(linted) });
  /** Writes the next piece's output and numbers its reports after the records before it. */
  const take = async (): Promise<RecordReport[]> => {
    const linted = await queue.shift()!.linted;
    if (output) {
      const writing = linted.output && output.write(linted.output);
      if (writing) await writing;
      output.add(linted);
    }
    for (const report of linted.reports) report.index += records;
    records += linted.records;
    run.onRecords?.(linted.records, linted.fixed);
    if (linted.stopped) stopped = true;
    return linted.reports;
  };

  let completed = false;
  try {
    for (;;) {
      const step = await pieces.next();
      if (step.done) break;
      const piece = step.value;
      const pieceHeader = piece.firstLine > 1 ? header : undefined;
      if ('chunks' in piece) {
        // the rest, in this thread, as it streams
        while (queue.length && !stopped) yield await take();
        if (stopped) break;
        const rest = lintPiece(linter, job, { chunks: piece.chunks, firstLine: piece.firstLine, header: pieceHeader }, output?.sink);
        const base = records;
        for (;;) {
          const batch = await rest.next();
          if (batch.done) {
            output?.add(batch.value);
            records += batch.value.records;
            break;
          }
          for (const report of batch.value.reports) report.index += base;
          run.onRecords?.(batch.value.records, batch.value.fixed);
          yield batch.value.reports;
        }
        break;
      }
      seen += piece.bytes.length;
      if (!worth && seen >= pool.minInputBytes) {
        worth = true;
        pool.start();
      }
      if (worth && pool.capacity() > 0) enqueue(pool.lintPiece(job, piece, pieceHeader));
      else {
        // this thread lints it now (the workers are busy or not worth starting)
        enqueueLinted(await lintWholePiece(linter, job, { chunks: [piece.bytes], firstLine: piece.firstLine, header: pieceHeader }));
      }
      while (queue.length && !stopped && (queue[0]!.settled || queue.length > MAX_AHEAD)) yield await take();
      if (stopped) break;
    }
    while (queue.length && !stopped) yield await take();
    completed = true;
  } finally {
    // stopped early (by the consumer, an error, or a reader that read no further): the input is closed
    await pieces.return(undefined);
    if (!completed) await output?.abort();
    // pieces still in the workers when the input stopped early are dropped
    for (const queued of queue) queued.linted.catch(() => undefined);
  }
  return output ? await output.commit() : undefined;
}
