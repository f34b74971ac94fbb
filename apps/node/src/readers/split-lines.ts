/** One physical line of input, as bytes, without its line ending. */
export interface ByteLine {
  /** 1-based line number. */
  line: number;
  bytes: Uint8Array;
  /** The line ending that followed it: '' for the last line of a file without a final newline. */
  eol: '' | '\n' | '\r\n';
  /** The line was longer than the limit; `bytes` is empty and the line was skipped without buffering it. */
  tooLong?: { length: number };
}

export interface SplitOptions {
  /** Longest line kept, in bytes (default 4 MiB). Longer lines are reported, not buffered. */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024;
const LF = 10;
const CR = 13;

/**
 * Splits a byte stream into lines on LF (CRLF is reported as such), holding
 * at most one line in memory. A line longer than `maxLineBytes` is skipped to
 * its end and reported with `tooLong`.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array | string>, options: SplitOptions = {}): AsyncGenerator<ByteLine> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let lastByte = -1;
  let line = 1;

  const finish = (eol: ByteLine['eol']): ByteLine => {
    if (!tooLong && (eol === '\r\n' ? length - 1 : length) > max) {
      tooLong = true;
      parts = [];
    }
    let bytes = concat(parts, length);
    if (eol === '\r\n' && !tooLong) bytes = bytes.subarray(0, bytes.length - 1);
    const result: ByteLine = { line: line++, bytes: tooLong ? new Uint8Array(0) : bytes, eol };
    if (tooLong) result.tooLong = { length: eol === '\r\n' ? length - 1 : length };
    parts = [];
    length = 0;
    tooLong = false;
    return result;
  };

  for await (const input of source) {
    const chunk = typeof input === 'string' ? Buffer.from(input) : input;
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(LF, start);
      const end = newline === -1 ? chunk.length : newline;
      if (end > start) {
        const piece = chunk.subarray(start, end);
        if (!tooLong && length + piece.length > max + 1) {
          tooLong = true;
          parts = [];
        }
        if (!tooLong) parts.push(piece);
        length += piece.length;
        lastByte = piece[piece.length - 1]!;
      }
      if (newline === -1) break;
      yield finish(lastByte === CR ? '\r\n' : '\n');
      lastByte = -1;
      start = newline + 1;
    }
  }
  if (length > 0) yield finish('');
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
