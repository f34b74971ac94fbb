import { csvSubject, readCsvHeader, type CsvColumnChoice, type CsvColumns } from './csv-columns.js';
import { CsvRecordParser } from './csv-parser.js';
import { HoldBack } from '../text/hold-back.js';
import { unreadableLine } from '../text/line-errors.js';
import type { ReadEnd, ReadItem, RecordError } from '../records/record.js';
import { DEFAULT_MAX_LINE_BYTES, type SplitOptions } from '../text/split-lines.js';
import { isBlank, textLines, type TextLine } from '../text/text-lines.js';
import { BOM } from '../text/utf8.js';

export interface CsvOptions extends SplitOptions {
  source?: string;
  /** The type of rows without a type column value. */
  type?: string;
  /** Cell separator (default `,`). */
  delimiter?: string;
  /** The type and value columns by header name or 1-based position, when the header does not name them itself. */
  columns?: CsvColumnChoice;
}

/**
 * RFC 4180 CSV, streamed: a header row naming `type` and `value` (or
 * `summary`) columns, ThreatConnect field-name columns (`Key Name,Value
 * Name,Value Type`), or a value column by its type (`Domain`), or the columns
 * `options.columns` names. A record may span lines inside quotes; an unterminated
 * quote is reported at its line and reading resumes on the line after it.
 */
export async function* readCsv(input: AsyncIterable<Uint8Array | string>, options: CsvOptions = {}): AsyncGenerator<ReadItem, ReadEnd> {
  const source = options.source ?? '<stdin>';
  const delimiter = options.delimiter ?? ',';
  const maxRecordChars = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const lines = textLines(input, options)[Symbol.asyncIterator]();
  const replay: TextLine[] = [];
  const parser = new CsvRecordParser(delimiter);
  const hold = new HoldBack(options.maxLineBytes);
  let pending: TextLine[] = [];
  let pendingChars = 0;
  let columns: CsvColumns | undefined;
  let index = 0;

  const nextLine = async (): Promise<TextLine | undefined> => {
    if (replay.length) return replay.shift();
    const step = await lines.next();
    return step.done ? undefined : step.value;
  };

  /** Reports the open record's first line as an unterminated quote and re-reads the lines after it. */
  const unterminated = (extra: TextLine[]): RecordError => {
    const [first, ...rest] = pending;
    replay.unshift(...rest, ...extra);
    parser.reset();
    pending = [];
    pendingChars = 0;
    return errorItem(source, index++, [first!], `unterminated quoted cell starting on line ${first!.line}`);
  };

  const emit = function* (item: ReadItem | undefined) {
    const done = item && hold.push(item);
    if (done) yield done;
  };

  for (;;) {
    const line = await nextLine();
    if (!line) {
      if (!pending.length) break;
      yield* emit(unterminated([]));
      continue;
    }
    if (!parser.open) {
      if (isBlank(line)) {
        hold.skip((line.bom ? BOM : '') + line.text + line.eol, line.line);
        continue;
      }
      const unreadable = unreadableLine(line, source, index);
      if (unreadable) {
        index++;
        yield* emit(unreadable);
        continue;
      }
    } else if (line.invalid || line.tooLong) {
      yield* emit(unterminated([line]));
      continue;
    }
    pending.push(line);
    pendingChars += line.text.length + line.eol.length;
    const step = parser.feed(line.text, line.eol);
    if (step.status === 'open') {
      if (pendingChars > maxRecordChars) yield* emit(unterminated([]));
      continue;
    }
    const recordLines = pending;
    pending = [];
    pendingChars = 0;
    if (step.status === 'error') {
      const last = recordLines[recordLines.length - 1]!;
      const item = errorItem(source, index++, recordLines, `${step.message} on line ${last.line}, column ${step.column}`);
      item.error.line = last.line;
      item.error.column = step.column;
      yield* emit(item);
      continue;
    }
    const { text, before, after } = spanOf(recordLines);
    if (!columns) {
      const header = readCsvHeader(step.cells, options.columns);
      if (typeof header === 'string') {
        const item = errorItem(source, index++, recordLines, header);
        // the rest of the file is not read, so it must not be rewritten
        item.lost = true;
        yield* emit(item);
        break;
      }
      columns = header;
      hold.skip(before + text + after);
      continue;
    }
    const { subject, via } = csvSubject(step.cells, columns, options.type);
    const item: ReadItem = {
      source,
      line: recordLines[0]!.line,
      path: null,
      index: index++,
      raw: text,
      subject,
      origin: { format: 'csv', cells: step.cells, columns, via, delimiter },
      after,
    };
    if (before) item.before = before;
    yield* emit(item);
  }
  const last = hold.flush();
  if (last) yield last;
  return hold.end();
}

function spanOf(lines: readonly TextLine[]): { text: string; before: string; after: string } {
  let text = '';
  lines.forEach((line, i) => {
    text += line.text;
    if (i < lines.length - 1) text += line.eol;
  });
  return { text, before: lines[0]?.bom ? BOM : '', after: lines[lines.length - 1]?.eol ?? '' };
}

function errorItem(source: string, index: number, lines: readonly TextLine[], message: string): RecordError {
  const first = lines[0]!;
  const { text, before, after } = spanOf(lines);
  const item: RecordError = { source, line: first.line, path: null, index, raw: text, error: { message, line: first.line }, after };
  if (before) item.before = before;
  return item;
}
