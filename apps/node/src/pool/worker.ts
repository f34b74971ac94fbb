import { parentPort, workerData } from 'node:worker_threads';
import type { Subject } from '@tclint/core';
import { linterFromSetup } from '../config/linter-setup.js';
import { toWire, type LintRequest, type WorkerData, type WorkerReply } from './protocol.js';

// A pool worker: builds the linter its setup describes, then lints the batches it is sent.
const port = parentPort!;
const send = (reply: WorkerReply) => port.postMessage(reply);

async function start() {
  const linter = await linterFromSetup((workerData as WorkerData).setup);
  port.on('message', ({ id, mode, subjects }: LintRequest) => {
    try {
      const lint = mode === 'fix' ? (s: Subject) => linter.fix(s) : (s: Subject) => linter.check(s);
      send({ kind: 'results', id, results: subjects.map((s) => toWire(s, lint(s))) });
    } catch (error) {
      send({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
    }
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
