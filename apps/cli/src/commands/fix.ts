import { resolve } from 'node:path';
import { choiceOption, integerOption, parseCommand } from '../args.js';
import { usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { InputError } from '../input-error.js';
import { peekStdin } from '../stdin-head.js';
import { lintSource, STDIN, type SourceOptions } from '../lint-source.js';
import { JOBS_HELP, JOBS_OPTION, LINTER_HELP, LINTER_OPTIONS, READING_OPTIONS, readingOptions, resolveType, setupLinter, setupPool } from '../linter-setup.js';
import { warnIndicatorTypes } from '../indicator-types-warnings.js';
import { reportPrinter } from '../printer.js';
import { progressFor } from '../progress.js';
import { errorsOnly, Tally } from '../tally.js';
import { exitCode, INDICATOR_FORMATS, INPUT_HELP, inputsOf } from './check.js';

const help = `Usage: tclint fix [options] [FILE|-]... [-o OUT | --write]

Write the input back in its own format with every available fix applied;
every other field, column, line and the record order are kept. Problems
that remain are reported on standard error.

For lines input there is exactly one output line per input line: a value
that cannot be fixed is written unchanged (and reported), a comment line
("# ...", "// ...") as it was. A type named in a feed's vocabulary (a CSV
"type" cell or a JSON "type" such as ip-dst, domain, md5) is written as
ThreatConnect's name (Address, Host, File). A UTF-16 input (a .reg export)
is written back in UTF-16, with its byte order mark.

Where the output goes:
  (default)             standard output (one input)
  -o, --output OUT      the file OUT (one input), replaced atomically
  -w, --write           each input file in place: written to a temporary file
                        and renamed over the original, only when something
                        changed and only when the input was read completely

Options:
${INPUT_HELP}
  -f, --format NAME     how remaining problems are reported on stderr:
                        stylish (default), json, sarif, compact
  -q, --quiet           report errors only
      --max-warnings N  exit 1 when more than N warnings remain
${LINTER_HELP}
${JOBS_HELP}
  -h, --help            show this help

Exit codes: 0 no errors remain, 1 errors remain (or too many warnings),
2 usage, configuration or unreadable input.

Examples:
  tclint fix indicators.csv -o fixed.csv
  tclint fix --write feed.ndjson export.json
  tclint fix --type asn < asns.txt > asns-fixed.txt
  tclint fix batch.json 2> problems.txt | jq .
`;

export const fixCommand: Command = {
  name: 'fix',
  help,
  async run(argv, { io, stdout, stderr, colors }) {
    const { values, positionals } = parseCommand(argv, {
      output: { type: 'string', short: 'o' },
      write: { type: 'boolean', short: 'w' },
      type: { type: 'string', short: 't' },
      input: { type: 'string', short: 'i' },
      format: { type: 'string', short: 'f' },
      quiet: { type: 'boolean', short: 'q' },
      'max-warnings': { type: 'string' },
      ...READING_OPTIONS,
      ...LINTER_OPTIONS,
      ...JOBS_OPTION,
    }, { positionals: true });
    if (values.help) {
      await stdout.write(help);
      return EXIT_OK;
    }
    const files = inputsOf(positionals);
    if (values.write && values.output !== undefined) throw usageError('--write and --output cannot be used together');
    if (values.write && files.includes(STDIN)) throw usageError('--write needs input files (standard input cannot be written back)');
    if (!values.write && files.length > 1) throw usageError('give one input, or use --write to fix several files in place');
    const input = choiceOption('input', values.input, ['auto', ...INDICATOR_FORMATS] as const, 'auto');
    const maxWarnings = integerOption('max-warnings', values['max-warnings'], { min: -1 }) ?? -1;
    const peeked = await peekStdin(io, files, values.type);
    const run = { files, input, type: values.type, ...(peeked.head && { stdinHead: peeked.head }) };
    const linter = await setupLinter(values, io.cwd, run);
    const reading = readingOptions(values, linter.input);
    await warnIndicatorTypes(linter, stderr, colors.stderr);
    const rules = linter.rules();
    const type = values.type === undefined ? undefined : resolveType(values.type, rules);

    const printer = await reportPrinter(values.format ?? 'stylish', { cwd: io.cwd, color: colors.stderr.enabled, rules, fixed: true }, stderr);
    const progress = progressFor(io);
    stderr.beforeWrite = () => progress.clear();
    const tally = new Tally();
    const onRecords = (records: number, fixed: number) => tally.count(records, fixed);

    const pool = await setupPool(values, io.cwd, run, io.env);
    try {
      await printer.start();
      for (const file of files) {
        const output: SourceOptions['output'] = values.write
          ? { path: resolve(io.cwd, file) }
          : values.output !== undefined
            ? { path: resolve(io.cwd, values.output), always: true }
            : { stream: io.stdout };
        try {
          const reports = lintSource(linter, file, peeked.io, { format: input, accept: INDICATOR_FORMATS, type, fix: true, output, progress, pool, reading, reports: printer.reports, onRecords });
          let step = await reports.next();
          for (; !step.done; step = await reports.next()) {
            for (const report of step.value) {
              tally.add(report);
              const printing = printer.add(values.quiet ? errorsOnly(report) : report);
              if (printing) await printing;
            }
          }
          const outcome = step.value;
          // nothing to write is fine for --write; anything else not written means the input was not read completely
          if (outcome && !outcome.written && (outcome.changed || values.output !== undefined)) {
            tally.failedInputs++;
            await stderr.write(`${colors.stderr.red('tclint:')} ${file}: not written: ${outcome.reason ?? 'unknown reason'}\n`);
          }
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          tally.failedInputs++;
          await stderr.write(`${colors.stderr.red('tclint:')} ${error.message}\n`);
        }
      }
      await printer.end();
      progress.clear();
    } finally {
      await pool?.close();
    }
    return exitCode(tally, maxWarnings, (text) => stderr.write(text));
  },
};
