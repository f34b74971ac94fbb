import type { Readable, Writable } from 'node:stream';

/** Where the command reads and writes; `processIO()` for the real process, streams in tests. */
export interface CliIO {
  stdin: Readable | AsyncIterable<Uint8Array | string>;
  stdout: Writable;
  stderr: Writable;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths and config discovery start from. */
  cwd: string;
  /** Whether stdout is a terminal. */
  stdoutIsTTY?: boolean;
  /** Whether stderr is a terminal (progress bar, colours on stderr). */
  stderrIsTTY?: boolean;
  /** Width of the terminal stderr is on. */
  columns?: number;
}

export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  };
}
