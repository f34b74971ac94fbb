import { ConfigError, type LintResult, type Subject } from '@tclint/core';
import type { LintedPiece, Piece, PieceJob } from '@tclint/formats';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LinterSetup } from '../config/linter-setup.js';
import { fromWire, type LintMode, type PieceRequest, type SubjectsRequest, type WorkerData, type WorkerReply } from './protocol.js';

/** Linters in worker threads, each built from the same setup; work goes to the least busy one. */
export interface LinterPool {
  readonly jobs: number;
  /** Inputs smaller than this are not worth the workers: `lintInput` lints them in the calling thread alone. */
  readonly minInputBytes: number;
  /** The size `lintInput` cuts pieces at (at the first record boundary past it). */
  readonly pieceBytes: number;
  /** Lints a batch of subjects in one worker; results come in the order of the subjects. */
  lint(mode: LintMode, subjects: Subject[]): Promise<LintResult[]>;
  /**
   * Reads, lints and writes back a piece of an input in one worker (how
   * `lintInput` uses the pool): the piece's bytes are moved to the worker,
   * and its output bytes and reports come back. Starts the workers if needed.
   */
  lintPiece(job: PieceJob, piece: Piece, header?: Uint8Array): Promise<LintedPiece>;
  /** Starts the workers now rather than at their first use. */
  start(): void;
  /** How many more pieces the started workers can take without making the caller wait (0 while they start). */
  capacity(): number;
  /** Stops the workers; work still running is rejected. */
  close(): Promise<void>;
}

export interface LinterPoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
  jobs?: number;
  /** Start the workers at their first use (or `start()`), not now; a setup that fails then rejects that use. */
  lazy?: boolean;
  /**
   * See `LinterPool.minInputBytes` (default 8 MiB: a worker's start-up, its own JIT warm-up and V8's background work for its
   * heap cost about 2.5 s of CPU, which linting on two cores won back only from about 6 MB of input, mixed or IPv6 CIDR).
   */
  minInputBytes?: number;
  /** See `LinterPool.pieceBytes` (default 256 KiB: a few thousand records, a fraction of a millisecond to move). */
  pieceBytes?: number;
}

/** Pieces a worker holds at once: one it lints and one waiting, so it never runs dry. */
const WORKER_DEPTH = 2;
const DEFAULT_MIN_INPUT_BYTES = 8 * 1024 * 1024;
const DEFAULT_PIECE_BYTES = 256 * 1024;

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
}

// The bundled worker sits beside the bundled index in dist/ (ESM; a CommonJS caller starts it just as well).
const WORKER_FILE = new URL('./lint-worker.js', import.meta.url);

/**
 * Starts `jobs` worker threads that each build the linter `setup` describes
 * (at once, or at first use when `lazy`). Pieces of input travel as bytes;
 * subjects given to `lint` are copied (structured clone), so only indicator
 * and message subjects belong there (an exchange's secret key is not
 * enumerable and does not travel). Rejects with the worker's `ConfigError`
 * when the setup is invalid.
 */
export async function createLinterPool(setup: LinterSetup, options: LinterPoolOptions = {}): Promise<LinterPool> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const workers: PoolWorker[] = [];
  let nextId = 0;
  let closed = false;
  let starting: Promise<void> | undefined;

  const startWorker = () => {
    const data: WorkerData = { setup };
    const entry: PoolWorker = { worker: new Worker(WORKER_FILE, { workerData: data }), ready: false, pending: new Map() };
    workers.push(entry);
    return new Promise<void>((resolve, reject) => {
      const failAll = (error: Error) => {
        for (const p of entry.pending.values()) p.reject(error);
        entry.pending.clear();
      };
      entry.worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') {
          entry.ready = true;
          resolve();
        } else if (reply.kind === 'setup-failed') {
          const error = reply.name === 'ConfigError' ? new ConfigError(reply.problems ?? [reply.message]) : new Error(`a lint worker could not start: ${reply.message}`);
          reject(error);
          failAll(error);
        } else {
          const pending = entry.pending.get(reply.id);
          entry.pending.delete(reply.id);
          if (reply.kind === 'failed') pending?.reject(new Error(`a lint worker failed: ${reply.message}`));
          else pending?.resolve(reply);
        }
      });
      entry.worker.on('error', (error) => {
        reject(error);
        failAll(error);
      });
      entry.worker.on('exit', (code) => {
        const error = new Error(closed ? 'the lint pool is closed' : `a lint worker stopped (exit code ${code})`);
        reject(error);
        failAll(error);
      });
    });
  };

  const startAll = (): Promise<void> => {
    starting ??= (async () => {
      const started = await Promise.allSettled(Array.from({ length: jobs }, startWorker));
      const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failure) {
        closed = true;
        await Promise.all(workers.map((w) => w.worker.terminate()));
        throw failure.reason;
      }
    })();
    return starting;
  };

  /** Sends a request to the least busy worker (requests wait there while the workers start). */
  const send = async (request: SubjectsRequest | PieceRequest, transfer?: ArrayBuffer[]): Promise<WorkerReply> => {
    if (closed) throw new Error('the lint pool is closed');
    const started = startAll();
    // the workers exist (not yet ready) once startAll has run
    let target = workers[0]!;
    for (const w of workers) if (w.pending.size < target.pending.size) target = w;
    const reply = new Promise<WorkerReply>((resolve, reject) => target.pending.set(request.id, { resolve, reject }));
    // a worker that fails to start rejects both; the start's reason is the one to give
    reply.catch(() => undefined);
    target.worker.postMessage(request, transfer);
    await started;
    return reply;
  };

  if (!options.lazy) await startAll();

  return {
    jobs,
    minInputBytes: Math.max(0, options.minInputBytes ?? DEFAULT_MIN_INPUT_BYTES),
    pieceBytes: Math.max(1, Math.floor(options.pieceBytes ?? DEFAULT_PIECE_BYTES)),
    async lint(mode, subjects) {
      const reply = await send({ kind: 'subjects', id: nextId++, mode, subjects });
      if (reply.kind !== 'results') throw new Error(`a lint worker answered ${reply.kind} to subjects`);
      return reply.results.map((wire, i) => fromWire(subjects[i]!, wire));
    },
    async lintPiece(job, piece, header) {
      const request: PieceRequest = { kind: 'piece', id: nextId++, job, bytes: piece.bytes, firstLine: piece.firstLine };
      if (header) request.header = header;
      const reply = await send(request, [piece.bytes.buffer as ArrayBuffer]);
      if (reply.kind !== 'piece') throw new Error(`a lint worker answered ${reply.kind} to a piece`);
      return reply.piece;
    },
    start() {
      if (!closed) startAll().catch(() => undefined);
    },
    capacity() {
      let free = 0;
      for (const w of workers) if (w.ready) free += Math.max(0, WORKER_DEPTH - w.pending.size);
      return free;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
