// Hand-written: CSV libraries (csv-parse, papaparse) give cell values only; writing a fixed row back byte for byte needs each cell's exact text.
/** One CSV cell: its value and its exact text (with quotes, if it was quoted). */
export interface CsvCell {
  value: string;
  raw: string;
}

export type CsvStep =
  | { status: 'record'; cells: CsvCell[] }
  /** The record continues on the next line (a quoted cell holds a line break). */
  | { status: 'open' }
  | { status: 'error'; message: string; column: number };

type Mode = 'start' | 'unquoted' | 'quoted' | 'quote';

/**
 * An RFC 4180 record parser fed one physical line at a time: quoted cells,
 * doubled quotes, line breaks inside quotes (kept as they were, CRLF or LF).
 * A quote inside an unquoted cell is taken literally, as most producers mean it.
 */
export class CsvRecordParser {
  private cells: CsvCell[] = [];
  private value = '';
  private raw = '';
  private mode: Mode = 'start';
  private column = 0;

  constructor(private readonly delimiter = ',') {}

  /** Whether a record is in progress (an open quoted cell). */
  get open(): boolean {
    return this.mode === 'quoted';
  }

  /** Feeds the next line (without its line ending) and the ending that followed it. */
  feed(text: string, eol: string): CsvStep {
    const d = this.delimiter;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      this.column++;
      switch (this.mode) {
        case 'start':
          if (ch === '"') {
            this.mode = 'quoted';
            this.raw += ch;
          } else if (ch === d) this.endCell();
          else {
            this.mode = 'unquoted';
            this.value += ch;
            this.raw += ch;
          }
          break;
        case 'unquoted':
          if (ch === d) this.endCell();
          else {
            this.value += ch;
            this.raw += ch;
          }
          break;
        case 'quoted':
          this.raw += ch;
          if (ch === '"') this.mode = 'quote';
          else this.value += ch;
          break;
        case 'quote':
          if (ch === '"') {
            this.raw += ch;
            this.value += '"';
            this.mode = 'quoted';
          } else if (ch === d) this.endCell();
          else {
            const column = this.column;
            this.reset();
            return { status: 'error', message: `unexpected ${JSON.stringify(ch)} after a closing quote`, column };
          }
          break;
      }
    }
    if (this.mode === 'quoted') {
      this.value += eol;
      this.raw += eol;
      this.column = 0;
      return { status: 'open' };
    }
    this.endCell();
    const cells = this.cells;
    this.reset();
    return { status: 'record', cells };
  }

  /** Forgets the record in progress. */
  reset(): void {
    this.cells = [];
    this.value = '';
    this.raw = '';
    this.mode = 'start';
    this.column = 0;
  }

  private endCell(): void {
    this.cells.push({ value: this.value, raw: this.raw });
    this.value = '';
    this.raw = '';
    this.mode = 'start';
  }
}

/** A cell's text for output: quoted only when it must be. */
export function csvQuote(value: string, delimiter = ','): string {
  const needs = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}
