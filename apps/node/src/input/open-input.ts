import { eachItem, isOpened, openStream, readExchanges as readExchangesOf, readRecordBatches as readRecordBatchesOf, type InputChunks, type OpenedInput, type ReadEnd, type ReadItem, type ReadOptions } from '@tclint/formats';
import { createReadStream } from 'node:fs';

/** What the Node API reads: a file path, a stream (stdin, any async iterable of bytes or text), or an input already opened. */
export type Input = string | InputChunks | OpenedInput;

/**
 * Opens a file (by path) or takes a stream, and settles its encoding (UTF-16
 * is read as its text) and its format (sniffing the first bytes for `auto`,
 * and the file's extension).
 */
export async function openInput(input: string | InputChunks, options: Pick<ReadOptions, 'format' | 'source' | 'columns'> = {}): Promise<OpenedInput> {
  if (typeof input !== 'string') return openStream(input, options);
  return openStream(createReadStream(input, { highWaterMark: 64 * 1024 }), { ...options, path: input });
}

/**
 * The records of a file, a stream or an opened input (`readRecords` of
 * @tclint/formats, with files): lines, CSV and NDJSON streamed in constant
 * memory; JSON, batch and HAR documents parsed whole.
 */
export function readRecords(input: Input, options: ReadOptions = {}): AsyncGenerator<ReadItem, ReadEnd | undefined> {
  return eachItem(readRecordBatches(input, options));
}

/** `readRecords` in batches (a chunk of lines or NDJSON at a time). */
export async function* readRecordBatches(input: Input, options: ReadOptions = {}): AsyncGenerator<ReadItem[], ReadEnd | undefined> {
  return yield* readRecordBatchesOf(isOpened(input) ? input : await openInput(input, options), options);
}

/** The exchanges of a HAR file, JSON or NDJSON (`readExchanges` of @tclint/formats, with files). */
export async function* readExchanges(input: Input, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  yield* readExchangesOf(isOpened(input) ? input : await openInput(input, options), options);
}
