import { canonicalType, canonicalTypeName, fieldsOf, indicator, indicatorFromSummary, summaryOf, type IndicatorSubject } from '@tclint/core';
import { typeFromFields, typeOfField } from '../bodies/field-types.js';
import { csvQuote, type CsvCell } from './csv-parser.js';

export type { CsvCell } from './csv-parser.js';

/** Which columns of a CSV file hold what. */
export interface CsvColumns {
  /** The `type` column. */
  type?: number;
  /** The `value` (or `summary`, `indicator`) column: a summary string. */
  summary?: number;
  /** The type of every row without a type cell, when the value column's header names a type (`Domain`, `URL`, `IP`). */
  valueType?: string;
  /** ThreatConnect field-name columns (`Key Name`, `hostName`, ...) by field name. */
  fields: Record<string, number>;
}

/** The columns a reader is told to use, by header name or 1-based position, for a header that does not name them itself. */
export interface CsvColumnChoice {
  type?: string | number;
  value?: string | number;
}

const SUMMARY_NAMES = new Set(['value', 'summary', 'indicator']);

/** Reads a header row; undefined when it names no usable column (see `readCsvHeader` for why). */
export function csvColumns(header: readonly CsvCell[], choice: CsvColumnChoice = {}): CsvColumns | undefined {
  const read = readCsvHeader(header, choice);
  return typeof read === 'string' ? undefined : read;
}

/**
 * Reads a header row: the `type` column, the value column (`value`,
 * `summary`, `indicator`) or ThreatConnect field-name columns, or else the one
 * column whose header names a type (`Domain,Domain Use`: every row is a Host),
 * unless `choice` names the columns. A string says why no value column can be
 * determined, naming the header found.
 */
export function readCsvHeader(header: readonly CsvCell[], choice: CsvColumnChoice = {}): CsvColumns | string {
  const names = header.map((cell) => cell.value.trim());
  const found = `found ${names.map((n) => JSON.stringify(n)).join(', ')}`;
  const columns: CsvColumns = { fields: {} };
  for (const role of ['type', 'value'] as const) {
    const wanted = choice[role];
    if (wanted === undefined) continue;
    const index = columnIndex(names, wanted);
    if (index === undefined) {
      const what = typeof wanted === 'number' ? `column ${wanted}` : `a column ${JSON.stringify(wanted)}`;
      return `the ${role} column is given as ${what}, but the header has no such column (${found})`;
    }
    if (role === 'type') columns.type = index;
    else columns.summary = index;
  }
  if (columns.type !== undefined && columns.type === columns.summary) return `the type and value columns are given as the same column (${found})`;
  names.forEach((name, i) => {
    if (i === columns.type || i === columns.summary) return;
    const lower = name.toLowerCase();
    if (lower === 'type') {
      if (choice.type === undefined) columns.type ??= i;
    } else if (SUMMARY_NAMES.has(lower)) {
      if (choice.value === undefined) columns.summary ??= i;
    } else if (choice.value === undefined) {
      const type = typeOfField(name);
      if (type) {
        const field = fieldsOf(type).find((f) => f.toLowerCase() === lower)!;
        if (columns.fields[field] === undefined) columns.fields[field] = i;
      }
    }
  });
  if (columns.summary === undefined && Object.keys(columns.fields).length === 0) {
    const typed = names.flatMap((name, i) => (i !== columns.type && name !== '' && canonicalTypeName(name) ? [i] : []));
    if (typed.length > 1) {
      return `the CSV header names several columns by an indicator type (${typed.map((i) => JSON.stringify(names[i])).join(', ')}), so which one holds the values is unclear; say which with the columns option (--columns value=NAME)`;
    }
    if (typed.length === 0) {
      return `the CSV header names no value column (${found}): name a "value" (or "summary") column, ThreatConnect field columns such as "Key Name", or a column by its type ("Host", "Domain", "URL"), or say which column holds the values with the columns option (--columns value=NAME or value=N)`;
    }
    columns.summary = typed[0]!;
  }
  const valueHeader = columns.summary === undefined ? undefined : names[columns.summary];
  const valueType = valueHeader === undefined || SUMMARY_NAMES.has(valueHeader.toLowerCase()) ? undefined : canonicalTypeName(valueHeader);
  if (valueType) columns.valueType = valueType;
  return columns;
}

/** A column by 1-based position, or by header name (exactly, then in any case). */
function columnIndex(names: readonly string[], wanted: string | number): number | undefined {
  if (typeof wanted === 'number') return Number.isInteger(wanted) && wanted >= 1 && wanted <= names.length ? wanted - 1 : undefined;
  const exact = names.indexOf(wanted.trim());
  if (exact >= 0) return exact;
  const lower = wanted.trim().toLowerCase();
  const any = names.findIndex((n) => n.toLowerCase() === lower);
  return any >= 0 ? any : undefined;
}

/** Whether a row's indicator came from its field columns or its summary column. */
export type CsvVia = 'fields' | 'summary';

/**
 * Builds the indicator a row holds. Its type is the row's `type` cell, else
 * the type whose field columns the row fills (or, for a row without a value
 * in a `value` column, the type the header's field columns name); only a row
 * with no type of its own takes `fallbackType` (`--type`).
 */
export function csvSubject(cells: readonly CsvCell[], columns: CsvColumns, fallbackType?: string): { subject: IndicatorSubject; via: CsvVia } {
  const typeCell = columns.type === undefined ? '' : (cells[columns.type]?.value.trim() ?? '');
  const filled = Object.keys(columns.fields).filter((f) => (cells[columns.fields[f]!]?.value ?? '') !== '');
  const summary = columns.summary === undefined ? '' : (cells[columns.summary]?.value ?? '');
  const fromColumns = typeFromFields(filled) ?? (summary === '' ? typeFromFields(Object.keys(columns.fields)) : undefined);
  const type = typeCell || fromColumns || columns.valueType || fallbackType;
  if (type !== undefined) {
    const values: Record<string, string> = {};
    for (const field of fieldsOf(canonicalType(type))) {
      const column = columns.fields[field];
      const value = column === undefined ? undefined : cells[column]?.value;
      if (value !== undefined && value !== '') values[field] = value;
    }
    if (Object.keys(values).length > 0 || columns.summary === undefined) return { subject: indicator(type, values), via: 'fields' };
  }
  return { subject: indicatorFromSummary(summary, type), via: 'summary' };
}

/**
 * The row text with the fixed values in their cells, and ThreatConnect's name
 * for the type in a type cell that names it otherwise (`ip-dst` -> `Address`);
 * every other cell keeps its exact text.
 */
export function csvRow(cells: readonly CsvCell[], columns: CsvColumns, via: CsvVia, original: IndicatorSubject, fixed: IndicatorSubject, delimiter: string): string {
  const out = cells.map((c) => c.raw);
  const typeCell = columns.type === undefined ? '' : (cells[columns.type]?.value.trim() ?? '');
  if (typeCell !== '' && fixed.type !== undefined && fixed.type !== typeCell) setCell(out, columns.type!, fixed.type, delimiter);
  if (via === 'fields') {
    for (const [field, value] of Object.entries(fixed.values)) {
      const column = columns.fields[field];
      if (column !== undefined && original.values[field] !== value) setCell(out, column, value, delimiter);
    }
  } else if (columns.summary !== undefined && summaryOf(fixed) !== summaryOf(original)) setCell(out, columns.summary, summaryOf(fixed), delimiter);
  return out.join(delimiter);
}

function setCell(out: string[], column: number, value: string, delimiter: string): void {
  while (out.length <= column) out.push('');
  out[column] = csvQuote(value, delimiter);
}
