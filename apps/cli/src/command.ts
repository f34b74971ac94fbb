import type { Palette } from './color.js';
import type { ExitCode } from './exit-codes.js';
import type { CliIO } from './io.js';
import type { Output } from './output.js';

/** What every command gets: the streams and the colours to use on each. */
export interface CommandContext {
  io: CliIO;
  stdout: Output;
  stderr: Output;
  /** Colours for text written to stdout / stderr. */
  colors: { stdout: Palette; stderr: Palette };
}

export interface Command {
  name: string;
  /** The full `tclint <command> --help` text. */
  help: string;
  run(argv: string[], context: CommandContext): Promise<ExitCode>;
}
