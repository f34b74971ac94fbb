import type { RecordError } from '../records/record.js';
import { BOM } from './utf8.js';
import type { TextLine } from './text-lines.js';

/** The record error for a line that is not valid UTF-8 or is too long; undefined for a readable line. */
export function unreadableLine(line: TextLine, source: string, index: number): RecordError | undefined {
  const before = line.bom ? BOM : undefined;
  if (line.tooLong) {
    const { length, bytes } = line.tooLong;
    // `lost` even when the bytes were kept: a file with a line tclint did not read is not rewritten in place
    const item: RecordError = {
      source,
      line: line.line,
      path: null,
      index,
      raw: '',
      lost: true,
      error: { message: `line ${line.line} is ${length} bytes long, over the limit; it was ${bytes ? 'not checked' : 'skipped and not kept'}`, line: line.line },
      after: line.eol,
    };
    // the bytes, not a decoded copy: the line is copied back as it was and never shown
    if (bytes) item.rawBytes = bytes;
    if (before) item.before = before;
    return item;
  }
  if (line.invalid) {
    const item: RecordError = {
      source,
      line: line.line,
      path: null,
      index,
      raw: new TextDecoder('utf-8', { ignoreBOM: true }).decode(line.invalid.bytes),
      rawBytes: line.invalid.bytes,
      error: { message: `invalid UTF-8 at line ${line.line}, column ${line.invalid.column}`, line: line.line, column: line.invalid.column },
      after: line.eol,
    };
    if (before) item.before = before;
    return item;
  }
  return undefined;
}
