import { jsonRecord } from '@tclint/diagnosis';
import { whole, type StreamingFormatterFactory } from './types.js';

export { jsonRecord, type JsonRecord } from '@tclint/diagnosis';

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
