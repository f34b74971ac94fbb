import type { ReadEnd, ReadItem } from '../records/record.js';
import { DEFAULT_MAX_LINE_BYTES } from './split-lines.js';

/**
 * Keeps the verbatim text between records (blank lines, a header, a BOM) with
 * the records, so writers can reproduce the input: text before the first
 * record becomes its `before`; text after a record is appended to its `after`.
 * Holds back one record until the next one (or the end) arrives.
 */
export class HoldBack {
  private held: ReadItem | undefined;
  private leading = '';
  private gap = 0;
  private dropped: number | undefined;

  /** `limit`: the most verbatim text kept between two records; a longer run is dropped, so memory stays bounded. */
  constructor(private readonly limit = DEFAULT_MAX_LINE_BYTES) {}

  /** Verbatim text that belongs to no record (a blank line with its line ending). */
  skip(text: string, line?: number): void {
    this.gap += text.length;
    if (this.dropped !== undefined) return;
    if (this.gap > this.limit) {
      // the input can still be linted, but it can no longer be written back
      this.dropped = line ?? 0;
      return;
    }
    if (this.held) this.held.after = (this.held.after ?? '') + text;
    else this.leading += text;
  }

  /** Takes a new record; returns the one held before, now complete. */
  push(item: ReadItem): ReadItem | undefined {
    if (this.leading) {
      item.before = this.leading + (item.before ?? '');
      this.leading = '';
    }
    const previous = this.held;
    this.held = item;
    this.gap = 0;
    return previous;
  }

  /** The last record, at the end of the input. */
  flush(): ReadItem | undefined {
    const last = this.held;
    this.held = undefined;
    return last;
  }

  /** What the reader returns at the end: the verbatim text no record took (an input without records). */
  end(): ReadEnd {
    const unclaimed = this.leading;
    this.leading = '';
    if (this.dropped === undefined) return { unclaimed };
    return { unclaimed, lost: `a run of blank lines was longer than ${this.limit} bytes; it was not kept${this.dropped ? ` from line ${this.dropped} on` : ''}` };
  }
}
