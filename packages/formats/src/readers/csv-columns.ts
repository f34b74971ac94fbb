import { canonicalType, fieldsOf, indicator, indicatorFromSummary, summaryOf, type IndicatorSubject } from '@tclint/core';
import { typeFromFields, typeOfField } from '../bodies/field-types.js';
import { csvQuote, type CsvCell } from './csv-parser.js';

export type { CsvCell } from './csv-parser.js';

/** Which columns of a CSV file hold what. */
export interface CsvColumns {
  /** The `type` column. */
  type?: number;
  /** The `value` (or `summary`, `indicator`) column: a summary string. */
  summary?: number;
  /** ThreatConnect field-name columns (`Key Name`, `hostName`, ...) by field name. */
  fields: Record<string, number>;
}

const SUMMARY_NAMES = new Set(['value', 'summary', 'indicator']);

/** Reads a header row; undefined when it names no usable column. */
export function csvColumns(header: readonly CsvCell[]): CsvColumns | undefined {
  const columns: CsvColumns = { fields: {} };
  header.forEach((cell, i) => {
    const name = cell.value.trim();
    const lower = name.toLowerCase();
    if (lower === 'type' && columns.type === undefined) columns.type = i;
    else if (SUMMARY_NAMES.has(lower) && columns.summary === undefined) columns.summary = i;
    else {
      const type = typeOfField(name);
      if (type) {
        const field = fieldsOf(type).find((f) => f.toLowerCase() === lower)!;
        if (columns.fields[field] === undefined) columns.fields[field] = i;
      }
    }
  });
  return columns.summary !== undefined || Object.keys(columns.fields).length > 0 ? columns : undefined;
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
  const type = typeCell || fromColumns || fallbackType;
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

/** The row text with the fixed values in their cells; every other cell keeps its exact text. */
export function csvRow(cells: readonly CsvCell[], columns: CsvColumns, via: CsvVia, original: IndicatorSubject, fixed: IndicatorSubject, delimiter: string): string {
  const out = cells.map((c) => c.raw);
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
