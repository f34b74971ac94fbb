import { parentPort, workerData } from 'node:worker_threads';
import type { Subject } from '@tclint/core';
import { lintWholePiece } from '@tclint/formats';
import { linterFromSetup } from '../config/linter-setup.js';
import { toWire, type WorkerData, type WorkerReply, type WorkerRequest } from './protocol.js';

/**
 * The body of a lint pool's worker thread: builds the linter its setup
 * describes, then lints what it is sent. `createLinterPool` starts workers
 * from `lint-worker.js` beside its own file; a bundle that includes
 * @tclint/node needs an entry of that name that calls this.
 */
export function runLintWorker(): void {
  if (!parentPort) throw new Error('runLintWorker runs in a worker thread of a lint pool');
  const port = parentPort;
  const send = (reply: WorkerReply, transfer?: ArrayBuffer[]) => port.postMessage(reply, transfer);
  const failed = (id: number, error: unknown) => send({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });

  async function start() {
    const linter = await linterFromSetup((workerData as WorkerData).setup);
    port.on('message', (request: WorkerRequest) => {
      if (request.kind === 'subjects') {
        try {
          const lint = request.mode === 'fix' ? (s: Subject) => linter.fix(s) : (s: Subject) => linter.check(s);
          send({ kind: 'results', id: request.id, results: request.subjects.map((s) => toWire(s, lint(s))) });
        } catch (error) {
          failed(request.id, error);
        }
        return;
      }
      const { id, job, bytes, firstLine, header } = request;
      lintWholePiece(linter, job, { chunks: [bytes], firstLine, header }).then(
        (piece) => send({ kind: 'piece', id, piece }, piece.output ? [piece.output.buffer as ArrayBuffer] : undefined),
        (error: unknown) => failed(id, error),
      );
    });
    send({ kind: 'ready' });
  }

  // no top-level await: the package's CommonJS build bundles this file too
  start().catch((error: unknown) => {
    const problems = (error as { problems?: unknown }).problems;
    send({
      kind: 'setup-failed',
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
      ...(Array.isArray(problems) && { problems: problems.map(String) }),
    });
  });
}
