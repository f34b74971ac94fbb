// The --jobs pool, apart from node-api.ts: imported dynamically by a run with workers, so its chunk is the only one
// that reads node:worker_threads.
export { createLinterPool } from '@tclint/node';
