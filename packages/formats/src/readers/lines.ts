import { indicatorFromSummary, messageSubject, type Subject } from '@tclint/core';
import { eachItem } from '../records/batches.js';
import { HoldBack } from '../text/hold-back.js';
import { unreadableLine } from '../text/line-errors.js';
import type { ReadEnd, ReadItem } from '../records/record.js';
import type { SplitOptions } from '../text/split-lines.js';
import { isBlank, textLineBatches, verbatim } from '../text/text-lines.js';
import { BOM } from '../text/utf8.js';
import { isCommentLine } from './comment-lines.js';

export interface LinesOptions extends SplitOptions {
  source?: string;
  /** The type of every value (otherwise the engine infers it). */
  type?: string;
  /** A line that starts with `#` and a space (or tab), or with `//`, is a comment: skipped, and kept in fixed output (default true). */
  comments?: boolean;
}

/**
 * One indicator per line; multi-valued types in summary form (`a : b : c`).
 * Blank lines and comment lines (`# ...`, `// ...`; see `comments`) are
 * skipped but counted and kept for writers, CRLF and a BOM are handled, and
 * the input is never held whole.
 */
export function readLines(input: AsyncIterable<Uint8Array | string>, options: LinesOptions = {}): AsyncGenerator<ReadItem, ReadEnd> {
  return eachItem(readLineBatches(input, options));
}

/** `readLines`, a batch of records per chunk read (one await per chunk, not per record). */
export function readLineBatches(input: AsyncIterable<Uint8Array | string>, options: LinesOptions = {}): AsyncGenerator<ReadItem[], ReadEnd> {
  return readEachLine(input, options, (text) => indicatorFromSummary(text, options.type), options.comments !== false);
}

/** One error message or log excerpt per line (for `diagnose`), read like `readLines`. */
export function readMessages(input: AsyncIterable<Uint8Array | string>, options: Omit<LinesOptions, 'type' | 'comments'> = {}): AsyncGenerator<ReadItem, ReadEnd> {
  return eachItem(readEachLine(input, options, messageSubject, false));
}

async function* readEachLine(input: AsyncIterable<Uint8Array | string>, options: SplitOptions & { source?: string }, subjectOf: (text: string) => Subject, comments: boolean): AsyncGenerator<ReadItem[], ReadEnd> {
  const source = options.source ?? '<stdin>';
  const hold = new HoldBack(options.maxLineBytes);
  let index = 0;
  for await (const lines of textLineBatches(input, options)) {
    const batch: ReadItem[] = [];
    for (const line of lines) {
      if (isBlank(line) || (comments && !line.invalid && !line.tooLong && isCommentLine(line.text))) {
        hold.skip(verbatim(line), line.line);
        continue;
      }
      let item: ReadItem | undefined = unreadableLine(line, source, index);
      if (!item) {
        item = {
          source,
          line: line.line,
          path: null,
          index,
          raw: line.text,
          subject: subjectOf(line.text),
          origin: { format: 'lines' },
          after: line.eol,
        };
        if (line.bom) item.before = BOM;
      }
      index++;
      const done = hold.push(item);
      if (done) batch.push(done);
    }
    if (batch.length) yield batch;
  }
  const last = hold.flush();
  if (last) yield [last];
  return hold.end();
}
