import { EXIT_USAGE, type ExitCode } from './exit-codes.js';

/**
 * A failure the user can act on: a bad option, a missing file, an invalid
 * config. Printed as `tclint: <message>` without a stack; exit code 2.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** Print the command's usage line after the message. */
  readonly showUsage: boolean;
  constructor(message: string, options: { exitCode?: ExitCode; showUsage?: boolean } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT_USAGE;
    this.showUsage = options.showUsage ?? false;
  }
}

/** A usage mistake: the message is followed by a pointer to `--help`. */
export function usageError(message: string): CliError {
  return new CliError(message, { showUsage: true });
}
