import { createRecordWriter, WRITE_CHUNK, type InputFormat, type RecordWriter, type RecordWriterOptions, type Utf16Encoding } from '@tclint/formats';
import { atomicFileSink, streamSink, type Sink } from './sink.js';

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
  const { sink, options: writing } = targetSink(target);
  return createRecordWriter(format, sink, options.encoding ? { ...writing, encoding: options.encoding } : writing);
}

/** The sink of a write target, and how a writer treats it. */
export function targetSink(target: WriteTarget): { sink: Sink; options: RecordWriterOptions } {
  if ('path' in target) return { sink: atomicFileSink(target.path), options: { always: target.always === true } };
  const stream = target.stream as NodeJS.WritableStream & { isTTY?: boolean; destroyed?: boolean };
  return {
    sink: streamSink(stream),
    options: {
      always: true,
      // a terminal gets each record as it comes
      chunkChars: stream.isTTY === true ? 0 : WRITE_CHUNK,
      partial: { open: () => !stream.destroyed },
    },
  };
}
