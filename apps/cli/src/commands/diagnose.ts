import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { choiceOption, parseCommand } from '../args.js';
import { CliError, usageError } from '../cli-error.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type ExitCode } from '../exit-codes.js';
import { fsReason, InputError } from '../input-error.js';
import { STDIN } from '../lint-source.js';
import { LINTER_HELP, LINTER_OPTIONS, setupLinter } from '../linter-setup.js';
import {
  appFromDirectory,
  DIAGNOSE_STREAMING_FORMATTERS,
  diagnoseInput,
  EXCHANGE_FORMATS,
  messageSubject,
  openInput,
  writeAppChanges,
  type DiagnoseReport,
  type FormatterContext,
  type Linter,
} from '../node-api.js';
import { readErrorLine } from '../tally.js';

const help = `Usage: tclint diagnose [options] [FILE|-]
       tclint diagnose --message TEXT
       tclint diagnose --app DIR [--fix]

Explain why ThreatConnect refused requests: the error class (signature,
timestamp, access-denied, unauthorized, tcex-main, indicator-format, or
unrecognized), what was found, what to do, and a corrected request where one
can be computed.

Inputs:
  FILE|-               failed exchanges as JSON ({"request", "response"} or an
                       array of them), NDJSON (one per line), or a HAR file
                       (every entry to a ThreatConnect API path with a 4xx/5xx
                       response); or a text, such as an error message or a
                       log (.txt, .log): each line that an error class
                       recognizes is diagnosed as --message would, at its line
                       number. Standard input when no FILE is given
  -m, --message TEXT   a bare error text or log excerpt, diagnosed as a whole
  -a, --app DIR        a TcEx app directory ("can't find '__main__' module")

Options:
  -i, --input FORMAT   auto (default), json, ndjson, har, text
  -f, --format NAME    stylish (default) or json
      --fix            with --app: write the files the app is missing (__main__.py)
${LINTER_HELP}
  -h, --help           show this help

Environment:
  TC_API_SECRET_KEY    the API secret key, so signature errors can be pinned
                       down (the key is never printed); read only from here

Output (--format json): an array with one object per exchange or message:
  {"source", "index", "diagnoses": [{"classId", "ruleId", "severity",
   "message", "evidence", "remedies", "fix"}]}

Exit codes: 0 nothing diagnosed at error level, 1 errors diagnosed,
2 usage, configuration or unreadable input.

Examples:
  tclint diagnose requests.har
  TC_API_SECRET_KEY=... tclint diagnose --format json failed.json
  tclint diagnose --message 'Signature data did not match expected result'
  tclint diagnose job.log
  tclint diagnose --app ./my_app --fix
`;

/** The --input choices; `auto` also takes JSON that starts like a batch document, read as exchanges. */
const INPUT_CHOICES = ['json', 'ndjson', 'har', 'text'] as const;
type DiagnoseFormat = (typeof INPUT_CHOICES)[number];

export const diagnoseCommand: Command = {
  name: 'diagnose',
  help,
  async run(argv, context) {
    const { io, stdout } = context;
    const { values, positionals } = parseCommand(argv, {
      message: { type: 'string', short: 'm' },
      app: { type: 'string', short: 'a' },
      input: { type: 'string', short: 'i' },
      format: { type: 'string', short: 'f' },
      fix: { type: 'boolean' },
      ...LINTER_OPTIONS,
    }, { positionals: true });
    if (values.help) {
      await stdout.write(help);
      return EXIT_OK;
    }
    const modes = [values.message !== undefined, values.app !== undefined, positionals.length > 0].filter(Boolean).length;
    if (modes > 1) throw usageError('give one of FILE, --message or --app');
    if (positionals.length > 1) throw usageError('give one input file (or - for standard input)');
    if (values.fix && values.app === undefined) throw usageError('--fix applies to --app only (use tclint fix for indicator files)');
    const format = choiceOption('format', values.format, ['stylish', 'json'] as const, 'stylish');
    const input = choiceOption('input', values.input, ['auto', ...INPUT_CHOICES] as const, 'auto');
    const linter = await setupLinter(values, io.cwd);

    // diagnoses are written as they come: memory stays flat for a HAR or NDJSON input of any size
    const formatter = DIAGNOSE_STREAMING_FORMATTERS[format]!();
    const formatterContext: FormatterContext = { cwd: io.cwd, color: format === 'stylish' && context.colors.stdout.enabled, rules: linter.rules() };
    const seen = { started: false, diagnosed: false, errors: false, unreadable: false };
    // the output starts with the first report, so a directory or input that cannot be read leaves no partial output
    const begin = async () => {
      if (!seen.started) await stdout.write(formatter.start(formatterContext));
      seen.started = true;
    };
    const print = async (report: DiagnoseReport) => {
      await begin();
      if (report.readError) seen.unreadable = true;
      if (report.result?.diagnoses.length) seen.diagnosed = true;
      if (report.result?.diagnoses.some((d) => d.severity === 'error')) seen.errors = true;
      // the JSON keeps machine output clean; where a record could not be read also goes to stderr
      if (format === 'json' && report.readError) await context.stderr.write(`${readErrorLine(report)}\n`);
      await stdout.write(formatter.add(report, formatterContext));
    };

    let failedInput = false;
    if (values.message !== undefined) {
      await print({ source: '--message', index: 0, line: null, path: null, result: linter.diagnose(messageSubject(values.message)) });
    } else if (values.app !== undefined) {
      await print(await diagnoseApp(linter, resolve(io.cwd, values.app), values.app, values.fix === true, context));
    } else {
      try {
        for await (const report of diagnoseFile(linter, positionals[0] ?? STDIN, input, context)) {
          await print(report);
          if (stdout.isClosed) break;
        }
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failedInput = true;
        await context.stderr.write(`${context.colors.stderr.red('tclint:')} ${error.message}\n`);
      }
    }
    await begin();
    await stdout.write(formatter.end(formatterContext));

    if (format === 'stylish' && !failedInput && !seen.unreadable && !seen.diagnosed) {
      await context.stderr.write('Nothing to diagnose: no failed ThreatConnect API call was found.\n');
    }
    return exitCode(seen, failedInput);
  },
};

function exitCode(seen: { errors: boolean; unreadable: boolean }, failedInput: boolean): ExitCode {
  if (failedInput || seen.unreadable) return EXIT_USAGE;
  return seen.errors ? EXIT_PROBLEMS : EXIT_OK;
}

/** Diagnoses every exchange of a HAR, JSON or NDJSON input (with the secret key from the environment), or the lines of a text. */
async function* diagnoseFile(linter: Linter, file: string, format: DiagnoseFormat | 'auto', { io }: CommandContext): AsyncGenerator<DiagnoseReport> {
  const isStdin = file === STDIN;
  const source = isStdin ? '<stdin>' : file;
  const path = isStdin ? undefined : resolve(io.cwd, file);
  if (path !== undefined) {
    const info = await stat(path).catch((error: unknown) => {
      throw new InputError(`${file}: ${fsReason(error)}`);
    });
    if (info.isDirectory()) throw new InputError(`${file}: is a directory`);
  }
  const opened = await openInput(path ?? (io.stdin as AsyncIterable<Uint8Array | string>), { format: format === 'text' ? 'lines' : format, source }).catch((error: unknown) => {
    throw new InputError(`${source}: ${fsReason(error)}`);
  });
  if (opened.format !== 'lines' && !EXCHANGE_FORMATS.includes(opened.format)) {
    await opened.stream[Symbol.asyncIterator]().return?.();
    throw new InputError(`${opened.source}: this looks like ${opened.format} indicator records, not failed requests or an error text; to diagnose it as text, give --input text`);
  }
  const secretKey = io.env.TC_API_SECRET_KEY || undefined;
  const reports = diagnoseInput(linter, opened, secretKey ? { secretKey } : {});
  for (;;) {
    let step: IteratorResult<DiagnoseReport>;
    try {
      step = await reports.next();
    } catch (error) {
      if ((error as { code?: unknown }).code !== undefined) throw new InputError(`${opened.source}: ${fsReason(error)}`);
      throw error;
    }
    if (step.done) return;
    yield step.value;
  }
}

/** Diagnoses a TcEx app directory; with --fix writes the missing files and diagnoses again. */
async function diagnoseApp(linter: Linter, root: string, given: string, fix: boolean, { stderr }: CommandContext): Promise<DiagnoseReport> {
  const info = await stat(root).catch((error: unknown) => {
    throw new CliError(`${given}: ${fsReason(error)}`);
  });
  if (!info.isDirectory()) throw new CliError(`${given}: not a directory`);
  const readApp = () =>
    appFromDirectory(root).catch((error: unknown) => {
      throw new CliError(`${given}: ${fsReason(error)}`);
    });
  let result = linter.diagnose(await readApp());
  if (fix) {
    let written: string[];
    try {
      written = await writeAppChanges(root, result.diagnoses.flatMap((d) => d.fix ?? []));
    } catch (error) {
      throw new CliError(`${given}: not written: ${error instanceof TypeError ? error.message : fsReason(error)}`);
    }
    for (const file of written) await stderr.write(`wrote ${given.replace(/\/+$/, '')}/${file}\n`);
    if (written.length) result = linter.diagnose(await readApp());
  }
  return { source: given, index: 0, line: null, path: null, result };
}
