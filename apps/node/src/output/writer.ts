import { createRecordWriter, WRITE_CHUNK, type InputFormat, type RecordWriter, type Utf16Encoding } from '@tclint/formats';
import { atomicFileSink, streamSink } from './sink.js';

/** Where fixed records go: a file (replaced atomically; only when something changed unless `always`) or a stream. */
export type WriteTarget = { path: string; always?: boolean } | { stream: NodeJS.WritableStream };

/**
 * A writer of records in their input format with fixes applied (see
 * `createRecordWriter` of @tclint/formats), to a file through a temp file
 * renamed over it, or to a stream. A stream gets the output whether or not
 * anything changed, and what was written before an input failed stays.
 * `encoding`: write UTF-16 (a UTF-16 input's, `OpenedInput.encoding`) instead of UTF-8.
 */
export function createWriter(format: InputFormat, target: WriteTarget, options: { encoding?: Utf16Encoding | undefined } = {}): RecordWriter {
  const encoding = options.encoding ? { encoding: options.encoding } : {};
  if ('path' in target) return createRecordWriter(format, atomicFileSink(target.path), { always: target.always === true, ...encoding });
  const stream = target.stream as NodeJS.WritableStream & { isTTY?: boolean; destroyed?: boolean };
  return createRecordWriter(format, streamSink(stream), {
    always: true,
    // a terminal gets each record as it comes
    chunkChars: stream.isTTY === true ? 0 : WRITE_CHUNK,
    partial: { open: () => !stream.destroyed },
    ...encoding,
  });
}
