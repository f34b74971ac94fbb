import { choiceOption, integerOption, parseCommand } from '../args.js';
import { usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type ExitCode } from '../exit-codes.js';
import { fixCommandHint, withFixCommand } from '../fix-command.js';
import { InputError } from '../input-error.js';
import { lintSource, STDIN } from '../lint-source.js';
import { peekStdin } from '../stdin-head.js';
import { JOBS_HELP, JOBS_OPTION, LINTER_HELP, LINTER_OPTIONS, READING_HELP, READING_OPTIONS, readingOptions, resolveType, setupLinter, setupPool } from '../linter-setup.js';
import { warnIndicatorTypes } from '../indicator-types-warnings.js';
import type { InputFormat } from '../node-api.js';
import { reportPrinter } from '../printer.js';
import { progressFor } from '../progress.js';
import { errorsOnly, readErrorLine, Tally } from '../tally.js';

export const INDICATOR_FORMATS = ['lines', 'csv', 'json', 'ndjson', 'batch'] as const satisfies readonly InputFormat[];

export const INPUT_HELP = `  -t, --type TYPE       the ThreatConnect type of values that carry none (ASN, "Registry Key",
                        or a slug: asn, registry-key); without it the type is inferred per value
  -i, --input FORMAT    auto (default: by extension and content), lines, csv, json, ndjson, batch
${READING_HELP}`;

const help = `Usage: tclint check [options] [FILE|-]...

Check indicator records against ThreatConnect's format rules and report
what is wrong. Reads standard input when no FILE is given, or for "-".

Input formats (UTF-8, or UTF-16 such as a .reg export: fix writes it back as UTF-16):
  lines    one value per line; multi-valued types in summary form "a : b : c";
           lines starting with "# " or "//" are comments (kept, not checked)
  csv      a header with "type" and "value" columns, ThreatConnect field columns
           ("Key Name,Value Name,Value Type"), a value column headed by its type
           ("Domain,Domain Use"), or the columns --columns names; other columns
           are kept, and fix writes ThreatConnect's type name (ip-dst -> Address)
  json     a ThreatConnect v3 create body, or an array of them
  ndjson   one such body (or a JSON string) per line
  batch    ThreatConnect v2 batch JSON: {"indicator": [{"type", "summary", ...}]}

Options:
${INPUT_HELP}
  -f, --format NAME     stylish (default), json, sarif, compact, or a formatter module
      --fix             fix what can be fixed, then report what remains (files are not
                        changed; use tclint fix to write the fixes)
  -q, --quiet           report errors only
      --max-warnings N  exit 1 when there are more than N warnings
${LINTER_HELP}
${JOBS_HELP}
  -h, --help            show this help

Output (--format json): an array with one object per record:
  {"source", "line", "path", "type", "values", "output",
   "messages": [{"ruleId", "severity", "message", "field", "fix"}]}

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage, configuration or unreadable input.

Examples:
  tclint check indicators.csv
  tclint check --type asn asns.txt
  cat hosts.txt | tclint check --type host
  tclint check --format sarif export.json > tclint.sarif
  tclint check --fix --format json batch.json
  tclint check --rule 'asn/reserved: off' --max-warnings 0 feed.ndjson
`;

export const checkCommand: Command = {
  name: 'check',
  help,
  async run(argv, { io, stdout, stderr, colors }) {
    const { values, positionals } = parseCommand(argv, {
      type: { type: 'string', short: 't' },
      input: { type: 'string', short: 'i' },
      format: { type: 'string', short: 'f' },
      fix: { type: 'boolean' },
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
    const input = choiceOption('input', values.input, ['auto', ...INDICATOR_FORMATS] as const, 'auto');
    const maxWarnings = integerOption('max-warnings', values['max-warnings'], { min: -1 }) ?? -1;
    const formatName = values.format ?? 'stylish';
    const peeked = await peekStdin(io, files, values.type);
    const run = { files, input, type: values.type, ...(peeked.head && { stdinHead: peeked.head }) };
    const linter = await setupLinter(values, io.cwd, run);
    const reading = readingOptions(values, linter.input);
    await warnIndicatorTypes(linter, stderr, colors.stderr);
    const rules = linter.rules();
    const type = values.type === undefined ? undefined : resolveType(values.type, rules);
    const fix = values.fix === true;

    const fixHint = fixCommandHint(files, values);
    const printer = await reportPrinter(formatName, { cwd: io.cwd, color: colors.stdout.enabled, rules, fixed: fix }, stdout, { summary: (text) => withFixCommand(text, fixHint) });
    const progress = progressFor(io);
    stdout.beforeWrite = stderr.beforeWrite = () => progress.clear();
    // stylish and compact show unreadable records with the other problems; for machine formats they also go to stderr
    const readErrorsToStderr = formatName !== 'stylish' && formatName !== 'compact';
    const tally = new Tally();
    const onRecords = (records: number, fixed: number) => tally.count(records, fixed);

    const pool = await setupPool(values, io.cwd, run, io.env);
    try {
      await printer.start();
      for (const file of files) {
        try {
          for await (const batch of lintSource(linter, file, peeked.io, { format: input, accept: INDICATOR_FORMATS, type, fix, progress, pool, reading, reports: printer.reports, onRecords })) {
            for (const raw of batch) {
              tally.add(raw);
              const report = values.quiet ? errorsOnly(raw) : raw;
              const unreadable = readErrorsToStderr && readErrorLine(report);
              if (unreadable) await stderr.write(`${unreadable}\n`);
              const printing = printer.add(report);
              if (printing) await printing;
              if (stdout.isClosed) break;
            }
            if (stdout.isClosed) break;
          }
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          tally.failedInputs++;
          await stderr.write(`${colors.stderr.red('tclint:')} ${error.message}\n`);
        }
        if (stdout.isClosed) break;
      }
      await printer.end();
      progress.clear();
    } finally {
      await pool?.close();
    }

    if (fix && tally.changed && (formatName === 'stylish' || formatName === 'compact')) {
      await stdout.write(colors.stdout.green(`${tally.changed} record${tally.changed === 1 ? '' : 's'} fixed, not written: the fixes are written ${fixHint}\n`));
    }
    return exitCode(tally, maxWarnings, async (text) => stderr.write(text));
  },
};

/** Positional inputs, stdin when there are none; `-` at most once. */
export function inputsOf(positionals: readonly string[]): string[] {
  const files = positionals.length ? [...positionals] : [STDIN];
  if (files.filter((f) => f === STDIN).length > 1) throw usageError('standard input ("-") can be read only once');
  return files;
}

/** 2 when an input or record could not be read; 1 for errors or too many warnings; 0 otherwise. */
export async function exitCode(tally: Tally, maxWarnings: number, warn: (text: string) => Promise<void>): Promise<ExitCode> {
  if (tally.failedInputs || tally.unreadable) return EXIT_USAGE;
  if (tally.errors) return EXIT_PROBLEMS;
  if (maxWarnings >= 0 && tally.warnings > maxWarnings) {
    await warn(`tclint found too many warnings (maximum: ${maxWarnings}).\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
