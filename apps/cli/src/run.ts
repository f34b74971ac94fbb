import { CliError } from './cli-error.js';
import { colorEnabled, palette } from './color.js';
import type { Command, CommandContext } from './command.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.js';
import { processIO, type CliIO } from './io.js';
import { Output } from './output.js';
import { VERSION } from './version.js';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: tclint <command> [options]

Make threat-intelligence data acceptable to the ThreatConnect API, and explain its errors.

Commands:
${list}

Options:
  -h, --help     show help (also: tclint <command> --help)
  -v, --version  print the version

Exit codes: 0 nothing at error level remains, 1 errors remain (or more
warnings than --max-warnings), 2 usage, configuration or unreadable input.

Examples:
  tclint check indicators.csv
  tclint fix indicators.csv --write
  tclint diagnose requests.har
  tclint rules
  tclint rules asn/format
`;
}

/**
 * Runs the tclint command line: `argv` without the node and script paths.
 * Resolves to the exit code; never rejects for anything the user did.
 */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<ExitCode> {
  const context: CommandContext = {
    io,
    stdout: new Output(io.stdout),
    stderr: new Output(io.stderr),
    colors: {
      stdout: palette(colorEnabled(io.stdoutIsTTY, io.env)),
      stderr: palette(colorEnabled(io.stderrIsTTY, io.env)),
    },
  };
  const [first, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (first === undefined) {
      await context.stderr.write(mainHelp());
      return EXIT_USAGE;
    }
    if (first === '--help' || first === '-h') {
      await context.stdout.write(mainHelp());
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v' || first === 'version') {
      await context.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (first === 'help') {
      const topic = rest[0] === undefined ? undefined : findCommand(rest[0]);
      if (rest[0] !== undefined && !topic) throw new CliError(`unknown command "${rest[0]}"; run tclint --help for the list`);
      await context.stdout.write(topic ? (await topic.load()).help : mainHelp());
      return EXIT_OK;
    }
    const entry = findCommand(first);
    if (!entry) {
      const hint = first.startsWith('-') ? 'a command comes first' : `unknown command "${first}"`;
      throw new CliError(`${hint}; run tclint --help for the list of commands`);
    }
    command = await entry.load();
    return await command.run(rest, context);
  } catch (error) {
    return await report(error, command, context);
  }
}

async function report(error: unknown, command: Command | undefined, { io, stderr, colors }: CommandContext): Promise<ExitCode> {
  const label = colors.stderr.red('tclint:');
  if (error instanceof CliError) {
    const more = error.showUsage ? `\nRun "tclint ${command ? `${command.name} ` : ''}--help" for usage.` : '';
    await stderr.write(`${label} ${error.message}${more}\n`);
    return error.exitCode;
  }
  const problems = configProblems(error);
  if (problems) {
    await stderr.write(`${label} invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  await stderr.write(`${label} unexpected failure: ${message}\n`);
  if (error instanceof Error && error.stack && io.env.TCLINT_DEBUG) await stderr.write(`${error.stack}\n`);
  return EXIT_USAGE;
}

/** The problems of a config error (core's ConfigError and @tclint/node's load errors carry them all). */
function configProblems(error: unknown): readonly string[] | undefined {
  if (!(error instanceof Error)) return undefined;
  const problems = (error as { problems?: unknown }).problems;
  if (!Array.isArray(problems) || !problems.every((p) => typeof p === 'string')) return undefined;
  return problems.length ? problems : [error.message];
}
