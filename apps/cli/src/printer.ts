import { CliError } from './cli-error.js';
import { loadFormatter, STREAMING_FORMATTERS, type Formatter, type FormatterContext, type RecordReport, type ReportMode, type StreamingFormatter } from './node-api.js';
import type { Output } from './output.js';

/** Prints reports with a formatter: built-in ones as the reports arrive, custom ones at the end. */
export interface ReportPrinter {
  /** The reports it needs: every record's, or only those with messages (the others print nothing). */
  readonly reports: ReportMode;
  start(): Promise<void>;
  /** Returns a promise only when something was written (await it then); most clean records print nothing. */
  add(report: RecordReport): Promise<void> | undefined;
  end(): Promise<void>;
}

export const BUILT_IN_FORMATS = ['stylish', 'json', 'sarif', 'compact'] as const;

/** The built-in formatters that print nothing for a record without messages; json lists every record, and a custom formatter may. */
const MESSAGES_ONLY: ReadonlySet<string> = new Set(['stylish', 'sarif', 'compact']);

export interface PrinterOptions {
  /** Rewrites what a built-in formatter writes at the end (the summary). */
  summary?: (text: string) => string;
}

export async function reportPrinter(name: string, context: FormatterContext, out: Output, options: PrinterOptions = {}): Promise<ReportPrinter> {
  const streaming = STREAMING_FORMATTERS[name];
  if (streaming) return streamingPrinter(streaming(), MESSAGES_ONLY.has(name) ? 'messages' : 'all', context, out, options);
  let formatter: Formatter;
  try {
    formatter = await loadFormatter(name, { cwd: context.cwd });
  } catch (error) {
    throw new CliError(`--format: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reports: RecordReport[] = [];
  return {
    reports: 'all',
    start: async () => {},
    add: (report) => {
      reports.push(report);
      return undefined;
    },
    end: () => out.write(formatter(reports, context)),
  };
}

function streamingPrinter(formatter: StreamingFormatter, reports: ReportMode, context: FormatterContext, out: Output, { summary = (text) => text }: PrinterOptions): ReportPrinter {
  return {
    reports,
    start: () => out.write(formatter.start(context)),
    add: (report) => {
      const text = formatter.add(report, context);
      return text === '' ? undefined : out.write(text);
    },
    end: () => out.write(summary(formatter.end(context))),
  };
}
