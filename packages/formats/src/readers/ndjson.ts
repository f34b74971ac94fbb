import { indicatorFromSummary } from '@tclint/core';
import { readItem } from '../bodies/body-item.js';
import { syntaxErrorPosition } from '../json/json-text.js';
import { eachItem } from '../records/batches.js';
import { HoldBack } from '../text/hold-back.js';
import { unreadableLine } from '../text/line-errors.js';
import type { ReadEnd, ReadItem, RecordError } from '../records/record.js';
import type { SplitOptions } from '../text/split-lines.js';
import { isBlank, textLineBatches } from '../text/text-lines.js';
import { BOM } from '../text/utf8.js';

export interface NdjsonOptions extends SplitOptions {
  source?: string;
  /** The type of objects that have none of their own (neither a `type` nor field names of one type). */
  type?: string;
}

/**
 * Newline-delimited JSON, streamed: one v3 body (`{"type": "Host", "hostName": ...}`),
 * batch item (`{"type": "Host", "summary": ...}`) or JSON string per line.
 * A line that is not valid JSON is reported and reading goes on.
 */
export function readNdjson(input: AsyncIterable<Uint8Array | string>, options: NdjsonOptions = {}): AsyncGenerator<ReadItem, ReadEnd> {
  return eachItem(readNdjsonBatches(input, options));
}

/** `readNdjson`, a batch of records per chunk read. */
export async function* readNdjsonBatches(input: AsyncIterable<Uint8Array | string>, options: NdjsonOptions = {}): AsyncGenerator<ReadItem[], ReadEnd> {
  const source = options.source ?? '<stdin>';
  const hold = new HoldBack(options.maxLineBytes);
  let index = 0;
  for await (const lines of textLineBatches(input, options)) {
    const batch: ReadItem[] = [];
    for (const line of lines) {
      if (isBlank(line)) {
        hold.skip((line.bom ? BOM : '') + line.text + line.eol, line.line);
        continue;
      }
      const item = unreadableLine(line, source, index) ?? parseLine(line.text, line.line, source, index);
      index++;
      item.after = line.eol;
      if (line.bom) item.before = BOM;
      const done = hold.push(item);
      if (done) batch.push(done);
    }
    if (batch.length) yield batch;
  }
  const last = hold.flush();
  if (last) yield [last];
  return hold.end();

  // Each item is one object literal (no `{ ...base }` spread: a slow V8 path, taken once per line).
  function parseLine(text: string, lineNumber: number, src: string, at: number): ReadItem {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const position = syntaxErrorPosition(error, text);
      const failure: RecordError = {
        source: src,
        line: lineNumber,
        path: null,
        index: at,
        raw: text,
        error: { message: `invalid JSON on line ${lineNumber}${position ? `, column ${position.column}` : ''}`, line: lineNumber },
      };
      if (position) failure.error.column = position.column;
      return failure;
    }
    if (typeof value === 'string') {
      return { source: src, line: lineNumber, path: null, index: at, raw: text, subject: indicatorFromSummary(value, options.type), origin: { format: 'ndjson', item: value, shape: 'string' } };
    }
    const reading = readItem(value, 'fields', options.type === undefined ? {} : { fallback: options.type });
    if (!reading.subject) return { source: src, line: lineNumber, path: null, index: at, raw: text, error: { message: `line ${lineNumber}: ${reading.problem}`, line: lineNumber } };
    return { source: src, line: lineNumber, path: null, index: at, raw: text, subject: reading.subject, origin: { format: 'ndjson', item: value as Record<string, unknown>, shape: reading.shape } };
  }
}
