import type { DiagnoseReport } from '@tclint/diagnosis';
import type { RecordReport } from '@tclint/formats';
import type { RuleInfo } from '@tclint/preset';

export interface FormatterContext {
  /** Paths are shown relative to it. */
  cwd: string;
  /** ANSI colours (only when asked). */
  color: boolean;
  /** The rules of the linter that produced the reports (SARIF lists them). */
  rules: readonly RuleInfo[];
  /** The run fixed records (reports show what remains). */
  fixed?: boolean;
}

/** A formatter turns all reports into one text, like an ESLint formatter. Custom formatters export one. */
export type Formatter = (reports: readonly RecordReport[], context: FormatterContext) => string;

/**
 * A built-in formatter that can also write as reports arrive, without
 * holding them all. One instance per output (it may keep counts).
 */
export interface StreamingFormatter {
  start(context: FormatterContext): string;
  add(report: RecordReport, context: FormatterContext): string;
  end(context: FormatterContext): string;
}

/** Formats diagnoses of failed exchanges and error messages. */
export type DiagnoseFormatter = (reports: readonly DiagnoseReport[], context: FormatterContext) => string;

export type StreamingFormatterFactory = () => StreamingFormatter;

/** A built-in diagnose formatter that writes as diagnoses arrive. One instance per output. */
export interface DiagnoseStreamingFormatter {
  start(context: FormatterContext): string;
  add(report: DiagnoseReport, context: FormatterContext): string;
  end(context: FormatterContext): string;
}

export type DiagnoseStreamingFormatterFactory = () => DiagnoseStreamingFormatter;

interface Streaming<R> {
  start(context: FormatterContext): string;
  add(report: R, context: FormatterContext): string;
  end(context: FormatterContext): string;
}

/** Runs a streaming formatter over a whole list. */
export function whole<R>(create: () => Streaming<R>): (reports: readonly R[], context: FormatterContext) => string {
  return (reports, context) => {
    const streaming = create();
    return streaming.start(context) + reports.map((r) => streaming.add(r, context)).join('') + streaming.end(context);
  };
}
