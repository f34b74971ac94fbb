import { asBatches, eachItem } from '../records/batches.js';
import type { InputFormat, ReadEnd, ReadItem } from '../records/record.js';
import { sniffEncoding, utf16AsUtf8, type Utf16Encoding } from '../text/encoding.js';
import type { SplitOptions } from '../text/split-lines.js';
import type { CsvColumnChoice } from './csv-columns.js';
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
  /**
   * CSV: which columns hold the type and the value, by header name or 1-based
   * position (`{ value: 'Domain' }`, `{ type: 1, value: 2 }`), for files whose
   * header names them otherwise. Without it, the header is read as usual.
   */
  columns?: CsvColumnChoice;
  /**
   * Lines: a line that starts with `#` and a space (or tab), or with `//`, is
   * a comment: skipped, and kept as it is in fixed output (default true; a
   * hashtag never has a space after its `#`).
   */
  comments?: boolean;
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
  /** Set when the input is UTF-16 (by its BOM, or a NUL in every other byte): `stream` gives its text as UTF-8, and writers write this encoding back. */
  encoding?: Utf16Encoding;
  stream: InputChunks;
}

/**
 * Settles the encoding and the format of a stream: UTF-16 input (a byte
 * order mark, or a NUL in every other byte of the first KiB) is read as its
 * text (`encoding` says which, so that writers write it back), and `auto`
 * sniffs the first bytes and the extension of `path` (what would be lines is
 * CSV when `columns` are given). `source` defaults to the path, or `<stdin>`.
 */
export async function openStream(stream: InputChunks, options: Pick<ReadOptions, 'format' | 'source' | 'columns'> & { path?: string } = {}): Promise<OpenedInput> {
  const { path } = options;
  const source = options.source ?? path ?? '<stdin>';
  let format = options.format ?? 'auto';
  let { head, stream: chunks } = await peek(stream);
  const sniffed = sniffEncoding(head);
  const encoding = sniffed.encoding === 'utf-8' ? undefined : sniffed.encoding;
  if (encoding) {
    const text = await peek(utf16AsUtf8(chunks, encoding));
    head = text.head;
    chunks = text.stream;
  }
  if (format === 'auto') {
    format = detectFormat(path, head);
    // columns name CSV columns: an input read with them is CSV unless it plainly is something else
    if (format === 'lines' && options.columns !== undefined) format = 'csv';
  }
  const opened: OpenedInput = { format, source, stream: chunks };
  if (path !== undefined) opened.path = path;
  if (encoding) opened.encoding = encoding;
  return opened;
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
  const csv = { delimiter, ...(options.columns !== undefined && { columns: options.columns }) };
  const lines = options.comments === false ? { comments: false } : {};
  const split: SplitOptions = {};
  if (options.maxLineBytes !== undefined) split.maxLineBytes = options.maxLineBytes;
  if (options.maxKeptLineBytes !== undefined) split.maxKeptLineBytes = options.maxKeptLineBytes;
  if (options.firstLine !== undefined) split.firstLine = options.firstLine;
  /* The readers return the verbatim text no record took, for writers. */
  switch (format) {
    case 'lines':
      return yield* readLineBatches(stream, { ...common, ...split, ...lines });
    case 'csv':
      return yield* asBatches(readCsv(stream, { ...common, ...split, ...csv }));
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
