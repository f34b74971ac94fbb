import { runLintWorker } from './serve.js';

// The pool's worker thread (dist/lint-worker.js).
runLintWorker();
