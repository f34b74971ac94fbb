import type { Subject } from '@tclint/core';
import type { RecordReport } from '@tclint/formats';
import { printedMessage, reportSecrets, type PrintedMessage } from './safe.js';
import { whole, type StreamingFormatterFactory } from './types.js';

/** One record in the JSON output: the CLI's stable contract. */
export interface JsonRecord {
  source: string;
  line: number | null;
  path: string | null;
  type: string | null;
  values: Record<string, string> | null;
  output: Record<string, string> | null;
  messages: PrintedMessage[];
}

function valuesOf(subject: Subject | undefined): Record<string, string> | null {
  if (subject?.kind !== 'indicator' || subject.type === undefined) return null;
  return { ...subject.values };
}

export function jsonRecord(report: RecordReport): JsonRecord {
  const secrets = reportSecrets(report.subject);
  const values = valuesOf(report.subject);
  return {
    source: report.source,
    line: report.line,
    path: report.path,
    type: report.subject?.kind === 'indicator' ? (report.subject.type ?? null) : null,
    values,
    output: report.output ? valuesOf(report.output) : values,
    messages: report.messages.map((m) => printedMessage(m, secrets)),
  };
}

/** A JSON array with one object per record, written as records arrive. */
export const jsonStreaming: StreamingFormatterFactory = () => {
  let count = 0;
  return {
    start: () => '[',
    add: (report) => `${count++ ? ',' : ''}\n${JSON.stringify(jsonRecord(report))}`,
    end: () => (count ? '\n]\n' : ']\n'),
  };
};

export const json = whole(jsonStreaming);
