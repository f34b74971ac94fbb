import { ConfigError, type LintResult, type Subject } from '@tclint/core';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LinterSetup } from '../config/linter-setup.js';
import { fromWire, type LintMode, type LintRequest, type WorkerData, type WorkerReply } from './protocol.js';

/** Linters in worker threads, each built from the same setup; batches go to the least busy one. */
export interface LinterPool {
  readonly jobs: number;
  /** Lints a batch of subjects in one worker; results come in the order of the subjects. */
  lint(mode: LintMode, subjects: Subject[]): Promise<LintResult[]>;
  /** Stops the workers; batches still running are rejected. */
  close(): Promise<void>;
}

export interface LinterPoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
  jobs?: number;
}

interface Pending {
  subjects: Subject[];
  resolve: (results: LintResult[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

// The bundled worker sits beside the bundled index in dist/ (ESM; a CommonJS caller starts it just as well).
const WORKER_FILE = new URL('./lint-worker.js', import.meta.url);

/**
 * Starts `jobs` worker threads that each build the linter `setup` describes.
 * Subjects are copied to the workers and results back (structured clone), so
 * only indicator and message subjects belong here (an exchange's secret key
 * is not enumerable and does not travel; an app reads its files through a
 * function). Rejects with the worker's `ConfigError` when the setup is invalid.
 */
export async function createLinterPool(setup: LinterSetup, options: LinterPoolOptions = {}): Promise<LinterPool> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const workers: PoolWorker[] = [];
  let nextId = 0;
  let closed = false;

  const start = () =>
    new Promise<PoolWorker>((resolve, reject) => {
      const data: WorkerData = { setup };
      const worker = new Worker(WORKER_FILE, { workerData: data });
      const entry: PoolWorker = { worker, pending: new Map() };
      const failAll = (error: Error) => {
        for (const p of entry.pending.values()) p.reject(error);
        entry.pending.clear();
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') resolve(entry);
        else if (reply.kind === 'setup-failed') reject(reply.name === 'ConfigError' ? new ConfigError(reply.problems ?? [reply.message]) : new Error(`a lint worker could not start: ${reply.message}`));
        else {
          const pending = entry.pending.get(reply.id);
          entry.pending.delete(reply.id);
          if (reply.kind === 'results') pending?.resolve(reply.results.map((wire, i) => fromWire(pending.subjects[i]!, wire)));
          else pending?.reject(new Error(`a lint worker failed: ${reply.message}`));
        }
      });
      worker.on('error', (error) => {
        reject(error);
        failAll(error);
      });
      worker.on('exit', (code) => {
        const error = new Error(closed ? 'the lint pool is closed' : `a lint worker stopped (exit code ${code})`);
        reject(error);
        failAll(error);
      });
    });

  const started = await Promise.allSettled(Array.from({ length: jobs }, start));
  for (const s of started) if (s.status === 'fulfilled') workers.push(s.value);
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    closed = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
    throw failure.reason;
  }

  return {
    jobs,
    lint(mode, subjects) {
      if (closed) return Promise.reject(new Error('the lint pool is closed'));
      let target = workers[0]!;
      for (const w of workers) if (w.pending.size < target.pending.size) target = w;
      const id = nextId++;
      return new Promise<LintResult[]>((resolve, reject) => {
        target.pending.set(id, { subjects, resolve, reject });
        const request: LintRequest = { id, mode, subjects };
        target.worker.postMessage(request);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
