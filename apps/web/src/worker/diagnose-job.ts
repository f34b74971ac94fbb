import { diagnoseOpened, type Diagnoser } from '@tclint/diagnosis';
import { EXCHANGE_FORMATS, openStream, type ReadOptions } from '@tclint/formats';
import type { DiagnoseFormat, DiagnoseReportView, Reply } from '../protocol.js';
import { chunksOf } from './chunks.js';
import { diagnoseReportView } from './diagnosis-view.js';

export interface DiagnoseJob {
  id: number;
  bytes: Uint8Array;
  name?: string;
  format: DiagnoseFormat | 'auto';
  secretKey?: string;
}

/**
 * What `tclint diagnose` does with a file or standard input: the failed API
 * calls of a HAR file, exchanges as JSON or NDJSON, or a text (an error
 * message, a log) line by line.
 */
export async function runDiagnose(linter: Diagnoser, job: DiagnoseJob, post: (reply: Reply) => void): Promise<void> {
  const { id } = job;
  const opened = await openStream(chunksOf(job.bytes, () => undefined), {
    format: job.format === 'text' ? 'lines' : job.format,
    source: job.name ?? '<pasted>',
    ...(job.name !== undefined && { path: job.name }),
  });
  if (opened.format !== 'lines' && !EXCHANGE_FORMATS.includes(opened.format)) {
    post({ kind: 'wrong-format', id, format: opened.format, message: `This looks like ${opened.format.toUpperCase()} indicator records, not failed requests or an error text. Check it in the Check view, or choose the input format "text" to diagnose it as text.` });
    return;
  }
  const options: ReadOptions = job.secretKey ? { secretKey: job.secretKey } : {};
  const reports: DiagnoseReportView[] = [];
  for await (const report of diagnoseOpened(linter, opened, options)) reports.push(diagnoseReportView(report));
  post({ kind: 'diagnosed', id, format: opened.format, reports });
}
