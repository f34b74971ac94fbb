import type { LintResult } from '@tclint/core';
import type { IndicatorBody } from '../bodies/bodies.js';
import { isRecordError, type InputFormat, type ReadEnd, type ReadItem } from '../records/record.js';
import type { Utf16Encoding } from '../text/encoding.js';
import { BOM } from '../text/utf8.js';
import { utf16Sink } from './encoded-sink.js';
import { fixedIndicator, fixedText } from './serialize.js';
import type { Sink } from './sink.js';

/** What committing a writer did. */
export interface WriteOutcome {
  /** The output was written (a file is replaced only when something changed, unless `always`). */
  written: boolean;
  /** Some record was fixed. */
  changed: boolean;
  /** Why nothing was written, when it was not. */
  reason?: string;
}

export interface RecordWriter {
  readonly format: InputFormat;
  /**
   * Adds the next record, in input order, with its lint result; fixed values
   * are written, the rest verbatim. Returns a promise only when it has to
   * wait for the sink (records are gathered into chunks).
   */
  write(item: ReadItem, result?: LintResult): Promise<void> | undefined;
  /**
   * Finishes the output. Call it only after the input was read to its end,
   * with what the reader returned (text no record took): a file target is
   * replaced (atomically) only then, and never when a record could not be
   * kept (a line over the length limit, an unreadable document).
   */
  commit(end?: ReadEnd): Promise<WriteOutcome>;
  /** Throws the output away (the input failed part-way). */
  abort(): Promise<void>;
}

export interface RecordWriterOptions {
  /** Write the output even when nothing was fixed (a stream); otherwise the sink is discarded then (a file is left as it was). */
  always?: boolean;
  /** Text output is gathered into chunks of about this many characters before it goes to the sink (default 64 Ki; 0: each record as it comes, for a terminal). */
  chunkChars?: number;
  /**
   * Set for a sink whose partial output stands (a stream): the output is
   * still written when the input could not be read completely, and what was
   * gathered is flushed on `abort` while `open()` says the sink can still take
   * it. Without it (a file), such output is discarded.
   */
  partial?: { open(): boolean };
  /** Write UTF-16 (the encoding a UTF-16 input was read in, `OpenedInput.encoding`) instead of UTF-8; a BOM the input had is written back. */
  encoding?: Utf16Encoding;
}

const TEXT_FORMATS = new Set<InputFormat>(['lines', 'csv', 'ndjson']);

/** Text output is gathered into chunks of about this many characters before it goes to the sink. */
export const WRITE_CHUNK = 64 * 1024;

/**
 * A writer that emits records in their input format with fixes applied,
 * keeping every other field, column, line and the record order. Lines, CSV
 * and NDJSON are written as they come; JSON and batch documents at commit.
 */
export function createRecordWriter(format: InputFormat, target: Sink, options: RecordWriterOptions = {}): RecordWriter {
  if (format === 'har') throw new TypeError('HAR input cannot be written back (it is only diagnosed)');
  const sink = options.encoding ? utf16Sink(target, options.encoding) : target;
  const always = options.always === true;
  const encoder = new TextEncoder();
  let changed = false;
  let lost: string | undefined;
  let body: IndicatorBody | undefined;
  let bom = false;
  let finished = false;

  const text = TEXT_FORMATS.has(format);
  // Records are gathered into chunks: a write per record would be a system call per record when
  // stdout is a file. A terminal still gets each record as it comes.
  const chunk = options.chunkChars ?? WRITE_CHUNK;
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const s = pending;
    pending = '';
    await sink.write(encoder.encode(s));
  };
  const putBytes = async (bytes: Uint8Array) => {
    await flush();
    await sink.write(bytes);
  };
  const put = (s: string): Promise<void> | undefined => {
    pending += s;
    return pending.length >= chunk ? flush() : undefined;
  };
  /** A record copied back as the bytes it was read from (not valid UTF-8, or too long to decode). */
  const putVerbatim = async (item: ReadItem & { rawBytes: Uint8Array }) => {
    if (item.before) await put(item.before);
    await putBytes(item.rawBytes);
    if (item.after) await put(item.after);
  };

  const writeRecord = (item: ReadItem, result?: LintResult): Promise<void> | undefined => {
    if (finished) throw new Error('the writer is already committed');
    if (isRecordError(item)) {
      if (item.lost && lost === undefined) lost = item.error.message;
      if (!text) {
        if (item.origin?.format === 'json' || item.origin?.format === 'batch') body = item.origin.body;
        if (item.index === 0 && item.before === BOM) bom = true;
        return undefined;
      }
      return item.rawBytes ? putVerbatim(item as ReadItem & { rawBytes: Uint8Array }) : put((item.before ?? '') + item.raw + (item.after ?? ''));
    }
    if (!text) {
      const origin = item.origin;
      if (origin.format !== 'json' && origin.format !== 'batch') throw new TypeError(`a ${format} writer cannot write a ${origin.format} record`);
      body = origin.body;
      if (item.index === 0 && item.before === BOM) bom = true;
      const fixed = fixedIndicator(result);
      if (fixed) origin.body.update(origin.entry, fixed);
      return undefined;
    }
    if (item.origin.format !== format) throw new TypeError(`a ${format} writer cannot write a ${item.origin.format} record`);
    const replacement = fixedText(item, result);
    if (replacement !== undefined && replacement !== item.raw) changed = true;
    if (replacement === undefined && item.rawBytes) return putVerbatim(item as ReadItem & { rawBytes: Uint8Array });
    return put((item.before ?? '') + (replacement ?? item.raw) + (item.after ?? ''));
  };

  return {
    format,
    write(item, result) {
      try {
        return writeRecord(item, result);
      } catch (error) {
        // a misuse (a record of another format, a committed writer) rejects, as it always did
        return Promise.reject(error as Error);
      }
    },
    async commit(end) {
      if (finished) throw new Error('the writer is already committed');
      finished = true;
      if (!text) changed = body?.changed ?? false;
      if (end?.lost && lost === undefined) lost = end.lost;
      if (lost !== undefined && !options.partial) {
        pending = '';
        await sink.discard();
        return { written: false, changed, reason: `the input could not be read completely (${lost})` };
      }
      if (!changed && !always) {
        pending = '';
        await sink.discard();
        return { written: false, changed, reason: 'nothing was fixed' };
      }
      if (!text && body) await put((bom ? BOM : '') + body.serialize());
      else if (end?.unclaimed) await put(end.unclaimed);
      await flush();
      await sink.commit();
      return { written: true, changed };
    },
    async abort() {
      finished = true;
      // a stream keeps what was written before the input failed, as it would have without the chunking
      if (options.partial?.open()) await flush().catch(() => undefined);
      pending = '';
      await sink.discard();
    },
  };
}
