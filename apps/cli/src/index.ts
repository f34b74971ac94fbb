export { run } from './run.js';
export type { CliIO } from './io.js';
export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type ExitCode } from './exit-codes.js';
