import type { ExchangeSubject, IndicatorSubject, Subject } from '@tclint/core';
import type { IndicatorBody } from '../bodies/bodies.js';
import type { ItemShape, JsonObject } from '../bodies/body-item.js';
import type { CsvCell, CsvColumns, CsvVia } from '../readers/csv-columns.js';

/** Input formats tclint reads. */
export type InputFormat = 'lines' | 'csv' | 'json' | 'ndjson' | 'batch' | 'har';
export const INPUT_FORMATS: readonly InputFormat[] = ['lines', 'csv', 'json', 'ndjson', 'batch', 'har'];

/** What a writer needs to put a fixed record back where it came from. */
export type RecordOrigin =
  | { format: 'lines' }
  | { format: 'csv'; cells: readonly CsvCell[]; columns: CsvColumns; via: CsvVia; delimiter: string }
  | { format: 'ndjson'; item: JsonObject | string; shape: ItemShape | 'string' }
  /** `entry`: the index in `body.entries`; -1 for the document itself (an error item that does not parse). */
  | { format: 'json' | 'batch'; body: IndicatorBody; entry: number }
  | { format: 'har' }
  /** An exchange read from JSON or NDJSON (diagnosed, never written back). */
  | { format: 'exchange' };

interface Located {
  /** File path, or `<stdin>`. */
  source: string;
  /** 1-based line of the record's start (lines, CSV, NDJSON); null for JSON documents. */
  line: number | null;
  /** Where in a JSON document: `indicator[3]`, `[3]`, `log.entries[5]`; null otherwise. */
  path: string | null;
  /** 0-based position among the items of the source. */
  index: number;
  /** The record's text as read (for HAR, a redacted one-line summary). */
  raw: string;
  /** The exact bytes, when they are not valid UTF-8 (writers copy them back). */
  rawBytes?: Uint8Array;
  /** Verbatim text the reader skipped before this record: BOM, CSV header, blank lines. */
  before?: string;
  /** Verbatim text after the record: its line ending and the blank lines that follow. */
  after?: string;
}

/** A record read from an input, with the subject to lint. */
export interface InputRecord<S extends Subject = Subject> extends Located {
  subject: S;
  origin: RecordOrigin;
}

export type IndicatorRecord = InputRecord<IndicatorSubject>;
export type ExchangeRecord = InputRecord<ExchangeSubject>;

export interface ReadProblem {
  message: string;
  /** 1-based line, when known. */
  line: number | null;
  /** 1-based column, when known. */
  column?: number;
}

/** A record that could not be read; reading goes on with the next one. */
export interface RecordError extends Located {
  error: ReadProblem;
  /**
   * The input was not read completely (a line over the length limit, a JSON
   * document that does not parse), so it is never rewritten in place. A
   * stream still gets what was kept: `rawBytes` of a long line, the document.
   */
  lost?: true;
  /** Set for unreadable items of a JSON document (and for the document error), so a writer still gets the document. */
  origin?: RecordOrigin;
}

export type ReadItem = InputRecord | RecordError;

export function isRecordError(item: ReadItem): item is RecordError {
  return 'error' in item;
}

/**
 * What a reader returns when it is done: `unclaimed` is the verbatim text no
 * record took (blank lines, a header, a BOM of an input without records), so
 * a writer can still reproduce the input.
 */
export interface ReadEnd {
  unclaimed: string;
  /** Set when verbatim text had to be dropped to keep memory bounded: the input must not be rewritten. */
  lost?: string;
}
