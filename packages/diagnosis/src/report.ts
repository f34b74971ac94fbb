import { isRecordError, type ReadItem, type ReadProblem } from '@tclint/formats';
import type { DiagnoseResult } from './diagnosis.js';

/** One diagnosed record (a HAR entry, an exchange, an error message), as the diagnose formatters see it. */
export interface DiagnoseReport {
  source: string;
  index: number;
  line: number | null;
  path: string | null;
  result?: DiagnoseResult;
  readError?: ReadProblem;
}

/** The report of a record read for diagnosis and its result (or of a record that could not be read). */
export function diagnoseReport(item: ReadItem, result?: DiagnoseResult): DiagnoseReport {
  const report: DiagnoseReport = { source: item.source, index: item.index, line: item.line, path: item.path };
  if (isRecordError(item)) report.readError = item.error;
  else if (result) report.result = result;
  return report;
}
