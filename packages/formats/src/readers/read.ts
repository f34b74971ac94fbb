import { asBatches, eachItem } from '../records/batches.js';
import type { InputFormat, ReadEnd, ReadItem } from '../records/record.js';
import type { SplitOptions } from '../text/split-lines.js';
import { readCsv } from './csv.js';
import { detectFormat } from './detect-format.js';
import { readExchangeJson, readExchangeNdjson } from './exchanges.js';
import { readHar } from './har.js';
import { readBatch, readJson } from './json.js';
import { readLineBatches } from './lines.js';
import { readNdjsonBatches } from './ndjson.js';
import { closeStream, peek } from './peek.js';

/** Chunks of input: bytes (a Node stream, a browser `ReadableStream`) or text. */
export type InputChunks = AsyncIterable<Uint8Array | string>;

export interface ReadOptions {
  /** The input format, or `auto` (default) to detect it from the file name and first bytes. */
  format?: InputFormat | 'auto';
  /** The type of values that carry none of their own (`--type`); otherwise the engine infers it. */
  type?: string;
  /** The name records carry as `source` (default: the path, or `<stdin>`). */
  source?: string;
  /** CSV cell separator (default `,`; `\t` for `.tsv` files). */
  delimiter?: string;
  /** Longest line read, in bytes (default 4 MiB); a longer line is reported, not checked. */
  maxLineBytes?: number;
  /** Longest line still copied back unchanged by writers when it is too long to read (default 256 MiB); a longer one is skipped. */
  maxKeptLineBytes?: number;
  /** The number of the input's first line (default 1), for a piece of a larger input read on its own (lines, CSV, NDJSON). */
  firstLine?: number;
  /**
   * The API secret key, for exchanges (HAR, JSON and NDJSON exchanges): attached
   * to each one, not enumerable and never printed, so signature errors can be
   * pinned down.
   */
  secretKey?: string;
}

/** An input ready to read: its format (detected for `auto`), its name and its bytes. */
export interface OpenedInput {
  format: InputFormat;
  source: string;
  /** The file name it came from, when it is a file: detection by extension, tab-separated `.tsv`, writing in place. */
  path?: string;
  stream: InputChunks;
}

/**
 * Settles the format of a stream (sniffing its first bytes for `auto`, and
 * the extension of `path` when given). `source` defaults to the path, or
 * `<stdin>`.
 */
export async function openStream(stream: InputChunks, options: Pick<ReadOptions, 'format' | 'source'> & { path?: string } = {}): Promise<OpenedInput> {
  const { path } = options;
  const source = options.source ?? path ?? '<stdin>';
  let format = options.format ?? 'auto';
  let chunks = stream;
  if (format === 'auto') {
    const peeked = await peek(chunks);
    chunks = peeked.stream;
    format = detectFormat(path, peeked.head);
  }
  return path === undefined ? { format, source, stream: chunks } : { format, source, path, stream: chunks };
}

/**
 * Reads the records of a stream or an opened input. Lines,
 * CSV and NDJSON are streamed in constant memory; JSON, batch and HAR
 * documents are parsed whole. Malformed records come as `RecordError` items
 * and reading goes on.
 */
export function readRecords(input: InputChunks | OpenedInput, options: ReadOptions = {}): AsyncGenerator<ReadItem, ReadEnd | undefined> {
  return eachItem(readRecordBatches(input, options));
}

/**
 * `readRecords`, in batches: lines and NDJSON give the records of each chunk
 * read together (one await per chunk rather than per record); other formats
 * give one record per batch.
 */
export async function* readRecordBatches(input: InputChunks | OpenedInput, options: ReadOptions = {}): AsyncGenerator<ReadItem[], ReadEnd | undefined> {
  const opened = isOpened(input) ? input : await openStream(input, options);
  const { format, source, path, stream } = opened;
  const delimiter = options.delimiter ?? (path?.toLowerCase().endsWith('.tsv') ? '\t' : ',');
  const common = { source, ...(options.type !== undefined && { type: options.type }) };
  const split: SplitOptions = {};
  if (options.maxLineBytes !== undefined) split.maxLineBytes = options.maxLineBytes;
  if (options.maxKeptLineBytes !== undefined) split.maxKeptLineBytes = options.maxKeptLineBytes;
  if (options.firstLine !== undefined) split.firstLine = options.firstLine;
  /* The readers return the verbatim text no record took, for writers. */
  switch (format) {
    case 'lines':
      return yield* readLineBatches(stream, { ...common, ...split });
    case 'csv':
      return yield* asBatches(readCsv(stream, { ...common, ...split, delimiter }));
    case 'ndjson':
      return yield* readNdjsonBatches(stream, { ...common, ...split });
    case 'json':
      return yield* asBatches(readJson(stream, common));
    case 'batch':
      return yield* asBatches(readBatch(stream, common));
    case 'har':
      yield* asBatches(readHar(stream, { source, ...secretOf(options) }));
      return undefined;
  }
}

/** The formats exchanges are read from (`batch` is JSON that turned out to start like a batch document). */
export const EXCHANGE_FORMATS: readonly InputFormat[] = ['har', 'json', 'ndjson', 'batch'];

/**
 * Reads the exchanges (request and response) of a HAR file (its failed
 * ThreatConnect API calls), a JSON document (`{"request", "response"}` or an
 * array of them) or NDJSON (one per line, streamed), with `secretKey`
 * attached to each. Malformed exchanges come as `RecordError` items and
 * reading goes on. Throws a TypeError for other formats.
 */
export async function* readExchanges(input: InputChunks | OpenedInput, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const opened = isOpened(input) ? input : await openStream(input, options);
  const { format, source, stream } = opened;
  const common = { source, ...secretOf(options), ...(options.maxLineBytes !== undefined && { maxLineBytes: options.maxLineBytes }) };
  if (format === 'har') yield* readHar(stream, common);
  else if (format === 'json' || format === 'batch') yield* readExchangeJson(stream, common);
  else if (format === 'ndjson') yield* readExchangeNdjson(stream, common);
  else {
    await closeStream(stream);
    throw new TypeError(`${source}: ${format} input holds no exchanges (give a HAR file, or exchanges as JSON or NDJSON)`);
  }
}

function secretOf(options: ReadOptions): { secretKey?: string } {
  return options.secretKey ? { secretKey: options.secretKey } : {};
}

/** Whether an input was already opened (with `openStream`, or `openInput` of @tclint/node). */
export function isOpened(input: unknown): input is OpenedInput {
  return typeof input === 'object' && input !== null && 'format' in input && 'stream' in input && 'source' in input;
}
