import { jsonDiagnoseRecord } from '@tclint/diagnosis';
import { whole, type DiagnoseFormatter, type DiagnoseStreamingFormatterFactory } from './types.js';

export { jsonDiagnoseRecord, type JsonDiagnoseRecord, type JsonDiagnosis } from '@tclint/diagnosis';

/** `[{ "source", "index", "diagnoses": [...] }]`, one record per line, written as diagnoses arrive (like `json`). */
export const diagnoseJsonStreaming: DiagnoseStreamingFormatterFactory = () => {
  let count = 0;
  return {
    start: () => '[',
    add: (report) => `${count++ ? ',' : ''}\n${JSON.stringify(jsonDiagnoseRecord(report))}`,
    end: () => (count ? '\n]\n' : ']\n'),
  };
};

export const diagnoseJson: DiagnoseFormatter = whole(diagnoseJsonStreaming);
