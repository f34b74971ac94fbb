import { runLintWorker } from '@tclint/node';

// The --jobs pool's worker thread: @tclint/node is bundled into dist/cli.js, whose pool starts dist/lint-worker.js beside it.
runLintWorker();
