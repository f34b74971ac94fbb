import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { choiceOption, parseOrUsage } from '../args.js';
import { CliError, usageError } from '../cli-error.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type ExitCode } from '../exit-codes.js';
import { fsReason, InputError } from '../input-error.js';
import { STDIN } from '../lint-source.js';
import { LINTER_HELP, LINTER_OPTIONS, setupLinter } from '../linter-setup.js';
import {
  DIAGNOSE_FORMATTERS,
  diagnoseReport,
  exchangeSubject,
  isRecordError,
  messageSubject,
  openInput,
  readRecords,
  type DiagnoseReport,
  type Linter,
} from '../node-api.js';
import { appFromDirectory, writeAppFile } from '../pending/app-dir.js';
import { readErrorLine } from '../tally.js';
import { readExchangeJson, readExchangeNdjson, type ExchangeItem } from '../pending/exchanges.js';

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
                       response); standard input when no FILE is given
  -m, --message TEXT   a bare error text or log excerpt
  -a, --app DIR        a TcEx app directory ("can't find '__main__' module")

Options:
  -i, --input FORMAT   auto (default), json, ndjson, har
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
  tclint diagnose --app ./my_app --fix
`;

const EXCHANGE_FORMATS = ['json', 'ndjson', 'har'] as const;
type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

export const diagnoseCommand: Command = {
  name: 'diagnose',
  summary: 'explain ThreatConnect API errors (exchanges, HAR files, messages, TcEx apps)',
  help,
  async run(argv, context) {
    const { io, stdout } = context;
    const { values, positionals } = parseOrUsage(() =>
      parseArgs({
        args: argv,
        options: {
          message: { type: 'string', short: 'm' },
          app: { type: 'string', short: 'a' },
          input: { type: 'string', short: 'i' },
          format: { type: 'string', short: 'f' },
          fix: { type: 'boolean' },
          ...LINTER_OPTIONS,
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
        allowPositionals: true,
      }),
    );
    if (values.help) {
      await stdout.write(help);
      return EXIT_OK;
    }
    const modes = [values.message !== undefined, values.app !== undefined, positionals.length > 0].filter(Boolean).length;
    if (modes > 1) throw usageError('give one of FILE, --message or --app');
    if (positionals.length > 1) throw usageError('give one input file (or - for standard input)');
    if (values.fix && values.app === undefined) throw usageError('--fix applies to --app only (use tclint fix for indicator files)');
    const format = choiceOption('format', values.format, ['stylish', 'json'] as const, 'stylish');
    const input = choiceOption('input', values.input, ['auto', ...EXCHANGE_FORMATS] as const, 'auto');
    const linter = await setupLinter(values, io.cwd);

    const reports: DiagnoseReport[] = [];
    let failedInput = false;
    if (values.message !== undefined) {
      reports.push({ source: '--message', index: 0, line: null, path: null, result: linter.diagnose(messageSubject(values.message)) });
    } else if (values.app !== undefined) {
      reports.push(await diagnoseApp(linter, resolve(io.cwd, values.app), values.app, values.fix === true, context));
    } else {
      try {
        for await (const report of diagnoseInput(linter, positionals[0] ?? STDIN, input, context)) reports.push(report);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failedInput = true;
        await context.stderr.write(`${context.colors.stderr.red('tclint:')} ${error.message}\n`);
      }
    }

    if (format === 'json') {
      // the JSON keeps machine output clean; where a record could not be read also goes to stderr
      for (const report of reports) if (report.readError) await context.stderr.write(`${readErrorLine(report)}\n`);
    }
    const formatter = DIAGNOSE_FORMATTERS[format]!;
    const color = format === 'stylish' && context.colors.stdout.enabled;
    await stdout.write(formatter(reports, { cwd: io.cwd, color, rules: linter.rules() }));
    if (format === 'stylish' && !failedInput && !reports.some((r) => r.readError || r.result?.diagnoses.length)) {
      await context.stderr.write('Nothing to diagnose: no failed ThreatConnect API call was found.\n');
    }
    return exitCode(reports, failedInput);
  },
};

function exitCode(reports: readonly DiagnoseReport[], failedInput: boolean): ExitCode {
  if (failedInput || reports.some((r) => r.readError)) return EXIT_USAGE;
  return reports.some((r) => r.result?.diagnoses.some((d) => d.severity === 'error')) ? EXIT_PROBLEMS : EXIT_OK;
}

/** Diagnoses every failed exchange of a JSON, NDJSON or HAR input. */
async function* diagnoseInput(linter: Linter, file: string, format: ExchangeFormat | 'auto', { io }: CommandContext): AsyncGenerator<DiagnoseReport> {
  const isStdin = file === STDIN;
  const source = isStdin ? '<stdin>' : file;
  const path = isStdin ? undefined : resolve(io.cwd, file);
  if (path !== undefined) {
    const info = await stat(path).catch((error: unknown) => {
      throw new InputError(`${file}: ${fsReason(error)}`);
    });
    if (info.isDirectory()) throw new InputError(`${file}: is a directory`);
  }
  const opened = await openInput(path ?? (io.stdin as AsyncIterable<Uint8Array | string>), { format, source }).catch((error: unknown) => {
    throw new InputError(`${source}: ${fsReason(error)}`);
  });
  const secretKey = io.env.TC_API_SECRET_KEY || undefined;
  if (opened.format === 'har') {
    for await (const item of readRecords(opened)) {
      if (isRecordError(item) || item.subject.kind !== 'exchange') {
        yield diagnoseReport(item);
        continue;
      }
      const { request, response, localTime, tokenExpires, tokenIssued } = item.subject;
      const subject = exchangeSubject({
        request,
        ...(response && { response }),
        ...(localTime !== undefined && { localTime }),
        ...(tokenExpires !== undefined && { tokenExpires }),
        ...(tokenIssued !== undefined && { tokenIssued }),
        ...(secretKey && { secretKey }),
      });
      yield diagnoseReport(item, linter.diagnose(subject));
    }
    return;
  }
  let items: AsyncGenerator<ExchangeItem>;
  if (opened.format === 'json' || opened.format === 'batch') items = readExchangeJson(opened.stream, opened.source, secretKey);
  else if (opened.format === 'ndjson') items = readExchangeNdjson(opened.stream, opened.source, secretKey);
  else throw new InputError(`${opened.source}: expected exchanges as JSON, NDJSON or a HAR file (got ${opened.format}); see --input`);
  for await (const item of items) {
    const { subject, error, ...at } = item;
    if (error) yield { ...at, readError: error };
    else if (subject) yield { ...at, result: linter.diagnose(subject) };
  }
}

/** Diagnoses a TcEx app directory; with --fix writes the missing files and diagnoses again. */
async function diagnoseApp(linter: Linter, root: string, given: string, fix: boolean, { stderr }: CommandContext): Promise<DiagnoseReport> {
  const info = await stat(root).catch((error: unknown) => {
    throw new CliError(`${given}: ${fsReason(error)}`);
  });
  if (!info.isDirectory()) throw new CliError(`${given}: not a directory`);
  let result = linter.diagnose(appFromDirectory(root));
  if (fix) {
    let wrote = 0;
    for (const diagnosis of result.diagnoses) {
      const changes = diagnosis.fix === undefined ? [] : Array.isArray(diagnosis.fix) ? diagnosis.fix : [diagnosis.fix as { field: string; value: string }];
      for (const change of changes) {
        writeAppFile(root, change.field, change.value);
        wrote++;
        await stderr.write(`wrote ${given.replace(/\/+$/, '')}/${change.field}\n`);
      }
    }
    if (wrote) result = linter.diagnose(appFromDirectory(root));
  }
  return { source: given, index: 0, line: null, path: null, result };
}
