import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fsReason, InputError } from './input-error.js';
import type { CliIO } from './io.js';
import { lintInputBatches, openInput, type InputFormat, type InputSettings, type Linter, type LinterPool, type LintInputOptions, type RecordReport, type ReportMode, type WriteOutcome } from './node-api.js';
import type { Progress } from './progress.js';

export interface SourceOptions {
  /** `auto` detects the format from the file name and first bytes. */
  format: InputFormat | 'auto';
  /** The formats this command accepts. */
  accept: readonly InputFormat[];
  type?: string | undefined;
  fix: boolean;
  /** Where fixed records go: a file (atomically) or a stream. */
  output?: LintInputOptions['output'];
  progress?: Progress | undefined;
  /** Worker threads to lint in (`--jobs`). */
  pool?: LinterPool | undefined;
  /** How lines and CSV are read (the config's `input`, `--columns`, `--no-comments`). */
  reading?: InputSettings | undefined;
  /** The reports wanted (`ReportPrinter.reports`; default every record's). */
  reports?: ReportMode | undefined;
  /** Counts every batch of records read and of those fixing changed, reported or not. */
  onRecords?: ((records: number, fixed: number) => void) | undefined;
}

/** `-` is standard input. */
export const STDIN = '-';

/**
 * Lints one input (a file path or `-`), yielding the reports wanted of each
 * batch of records as it is read (batches with none are counted, not
 * yielded); returns what the writer did. Throws InputError when the input
 * cannot be opened or is of a kind the command does not take.
 */
export async function* lintSource(linter: Linter, file: string, io: CliIO, options: SourceOptions): AsyncGenerator<RecordReport[], WriteOutcome | undefined> {
  const isStdin = file === STDIN;
  const path = isStdin ? undefined : resolve(io.cwd, file);
  let totalBytes: number | undefined;
  if (path !== undefined) {
    const info = await stat(path).catch((error: unknown) => {
      throw new InputError(`${file}: ${fsReason(error)}`);
    });
    if (info.isDirectory()) throw new InputError(`${file}: is a directory`);
    totalBytes = info.size;
  }
  const source = isStdin ? '<stdin>' : file;
  const columns = options.reading?.columns;
  const opened = await openInput(path ?? (io.stdin as AsyncIterable<Uint8Array | string>), { format: options.format, source, ...(columns !== undefined && { columns }) }).catch((error: unknown) => {
    throw new InputError(`${source}: ${fsReason(error)}`);
  });
  if (!options.accept.includes(opened.format)) {
    const hint = opened.format === 'har' ? ' (use tclint diagnose for HAR files)' : '';
    throw new InputError(`${opened.source}: ${opened.format} input is not accepted here${hint}; use --input ${options.accept.join('|')}`);
  }
  let bytes = 0;
  let records = 0;
  const progress = options.progress;
  progress?.begin(opened.source, totalBytes);
  const counted = (async function* () {
    for await (const chunk of opened.stream) {
      bytes += chunk.length;
      yield chunk;
    }
  })();
  const lintOptions: LintInputOptions = {
    format: opened.format,
    source: opened.source,
    fix: options.fix,
    reports: options.reports ?? 'all',
    onRecords: (count, fixed) => {
      records += count;
      options.onRecords?.(count, fixed);
      progress?.update(records, bytes);
    },
  };
  if (options.type !== undefined) lintOptions.type = options.type;
  if (options.output !== undefined) lintOptions.output = options.output;
  if (options.pool !== undefined) lintOptions.pool = options.pool;
  if (!isStdin && file.toLowerCase().endsWith('.tsv')) lintOptions.delimiter = '\t';
  if (columns !== undefined) lintOptions.columns = columns;
  if (options.reading?.comments === false) lintOptions.comments = false;
  // the input as opened (its encoding: a UTF-16 file is written back as UTF-16), counting the bytes read
  const batches = lintInputBatches(linter, { ...opened, stream: counted }, lintOptions);
  for (;;) {
    let step: IteratorResult<RecordReport[], WriteOutcome | undefined>;
    try {
      step = await batches.next();
    } catch (error) {
      if ((error as { code?: unknown }).code !== undefined) throw new InputError(`${opened.source}: ${fsReason(error)}`);
      throw error;
    }
    if (step.done) return step.value;
    yield step.value;
  }
}
