// Hand-written: the CSV readers of npm give cell values, not where the parser of @tclint/formats stands at the end of each line.
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;

/** What may follow a line: a piece of the input may end after it, not after it, or the scanner cannot tell (the rest is read in one piece). */
export type LineEnd = 'cut' | 'keep' | 'unsure';

/**
 * Says, line by line, where a piece of input may end so that reading the
 * piece on its own gives the records (and the verbatim text between them) that
 * reading the whole input gives: only after a line that ends a record and is
 * not blank (blank lines belong to the gap after a record, which the readers
 * measure as one run).
 */
export interface BoundaryScanner {
  /** The line `bytes[start, end)`, `end` being the index of its line feed. */
  line(bytes: Uint8Array, start: number, end: number): LineEnd;
}

/** Lines and NDJSON: every line is a record or a blank line. */
export function lineBoundaries(): BoundaryScanner {
  return { line: (bytes, start, end) => (isBlank(bytes, start, end) ? 'keep' : 'cut') };
}

export interface CsvBoundaryOptions {
  delimiter: string;
  /** The reader's longest line: a longer line inside a quoted cell ends the record early there. */
  maxLineBytes: number;
}

type Mode = 'start' | 'unquoted' | 'quoted' | 'quote';

/**
 * CSV: follows the quoting of `CsvRecordParser` (readers/csv-parser.ts) over the
 * bytes, so a cut never falls inside a quoted cell. Where the reader would
 * give up on an open record (a line it cannot decode, or a record longer than
 * its line limit) the scanner says `unsure` instead of guessing.
 */
export function csvBoundaries({ delimiter, maxLineBytes }: CsvBoundaryOptions): BoundaryScanner {
  const delimiterByte = delimiter.length === 1 && delimiter.charCodeAt(0) < 0x80 ? delimiter.charCodeAt(0) : -1;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decodes = (bytes: Uint8Array, start: number, end: number) => {
    try {
      decoder.decode(bytes.subarray(start, end));
      return true;
    } catch {
      return false;
    }
  };
  let mode: Mode = 'start';
  // bytes of the record in progress, while a quoted cell is open
  let openBytes = 0;
  return {
    line(bytes, start, end) {
      const stop = end > start && bytes[end - 1] === CR ? end - 1 : end;
      const readable = stop - start <= maxLineBytes && (!hasNonAscii(bytes, start, stop) || decodes(bytes, start, stop));
      const quoted = bytes.subarray(start, stop).indexOf(QUOTE) !== -1;
      if (mode !== 'quoted') {
        // a line without quotes cannot open a record; one the reader cannot read is reported on its own
        if (!quoted || !readable) return isBlank(bytes, start, end) ? 'keep' : 'cut';
        if (delimiterByte < 0) return 'unsure';
        openBytes = 0;
      } else if (!readable) return 'unsure';
      openBytes += end + 1 - start;
      if (quoted) {
        for (let i = start; i < stop; i++) {
          const byte = bytes[i]!;
          if (mode === 'start') mode = byte === QUOTE ? 'quoted' : byte === delimiterByte ? 'start' : 'unquoted';
          else if (mode === 'unquoted') {
            if (byte === delimiterByte) mode = 'start';
          } else if (mode === 'quoted') {
            if (byte === QUOTE) mode = 'quote';
          } else if (byte === QUOTE) mode = 'quoted';
          else if (byte === delimiterByte) mode = 'start';
          else {
            // the parser reports the record on this line and starts afresh on the next
            mode = 'start';
            return 'cut';
          }
        }
        if (mode !== 'quoted') {
          mode = 'start';
          return 'cut';
        }
      }
      // still inside a quoted cell: the reader gives up on a record longer than its line limit
      return openBytes > maxLineBytes ? 'unsure' : 'keep';
    },
  };
}

/** Whether the line holds nothing but spaces and tabs (its CR before the LF aside), as the readers' `isBlank` says. */
function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  const stop = end > start && bytes[end - 1] === CR ? end - 1 : end;
  for (let i = start; i < stop; i++) {
    const byte = bytes[i]!;
    if (byte !== SPACE && byte !== TAB) return false;
  }
  return true;
}

function hasNonAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

