// Hand-written: readline and TextDecoderStream decode as they split, losing the bytes of invalid UTF-8 lines and the CRLF/LF of each line, which writers copy back.
import { bytesOf, concatBytes } from './bytes.js';

/** One physical line of input, as bytes, without its line ending. */
export interface ByteLine {
  /** 1-based line number. */
  line: number;
  bytes: Uint8Array;
  /** The line ending that followed it: '' for the last line of a file without a final newline. */
  eol: '' | '\n' | '\r\n';
  /**
   * The line was longer than `maxLineBytes`: it is not to be read. Its bytes are
   * still in `bytes` (so a writer can copy it back) unless it was longer than
   * `maxKeptLineBytes` too: then `kept` is false, `bytes` is empty and the line
   * was skipped without buffering it.
   */
  tooLong?: { length: number; kept: boolean };
}

export interface SplitOptions {
  /** Longest line read, in bytes (default 4 MiB). Longer lines are reported, not read. */
  maxLineBytes?: number;
  /**
   * Longest line whose bytes are kept all the same, so a writer can copy it
   * back unchanged (default 256 MiB, never less than `maxLineBytes`). Longer
   * lines are skipped without buffering them.
   */
  maxKeptLineBytes?: number;
  /** The number of the first line (default 1): a piece of a larger input, read on its own, numbers its lines as the whole input does. */
  firstLine?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MAX_KEPT_LINE_BYTES = 256 * 1024 * 1024;
const EMPTY = new Uint8Array(0);
const LF = 10;
const CR = 13;

/**
 * Splits a byte stream into lines on LF (CRLF is reported as such), holding
 * at most one line in memory. A line longer than `maxLineBytes` is reported
 * with `tooLong`; its bytes are kept (gathered once, joined once) up to
 * `maxKeptLineBytes`, and past that it is skipped to its end.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array | string>, options: SplitOptions = {}): AsyncGenerator<ByteLine> {
  for await (const lines of splitLineBatches(source, options)) yield* lines;
}

/** Most lines in one batch: enough to make awaits rare, few enough to keep a batch's reports small. */
const MAX_BATCH = 64;

/** `splitLines` in batches: the lines each chunk read completes, at most `MAX_BATCH` at a time (one await per batch, not per line). */
export async function* splitLineBatches(source: AsyncIterable<Uint8Array | string>, options: SplitOptions = {}): AsyncGenerator<ByteLine[]> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const keep = Math.max(max, options.maxKeptLineBytes ?? DEFAULT_MAX_KEPT_LINE_BYTES);
  let parts: Uint8Array[] = [];
  let length = 0;
  let dropped = false;
  let lastByte = -1;
  let line = options.firstLine ?? 1;

  const finish = (eol: ByteLine['eol']): ByteLine => {
    const content = eol === '\r\n' ? length - 1 : length;
    if (content > keep) dropped = true;
    let bytes = dropped ? EMPTY : concatBytes(parts);
    if (eol === '\r\n' && !dropped) bytes = bytes.subarray(0, bytes.length - 1);
    const result: ByteLine = { line: line++, bytes, eol };
    if (content > max) result.tooLong = { length: content, kept: !dropped };
    parts = [];
    length = 0;
    dropped = false;
    return result;
  };

  for await (const input of source) {
    const chunk = bytesOf(input);
    let batch: ByteLine[] = [];
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(LF, start);
      const end = newline === -1 ? chunk.length : newline;
      if (end > start) {
        const piece = chunk.subarray(start, end);
        // (+ 1: a CR before the LF is not part of the line)
        if (!dropped && length + piece.length > keep + 1) {
          dropped = true;
          parts = [];
        }
        if (!dropped) parts.push(piece);
        length += piece.length;
        lastByte = piece[piece.length - 1]!;
      }
      if (newline === -1) break;
      batch.push(finish(lastByte === CR ? '\r\n' : '\n'));
      lastByte = -1;
      start = newline + 1;
      if (batch.length === MAX_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  if (length > 0) yield [finish('')];
}
