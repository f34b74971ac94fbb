import { summaryOf, type IndicatorSubject, type LintResult, type Subject } from '@tclint/core';
import { writeItem } from '../bodies/body-item.js';
import { csvRow } from '../readers/csv-columns.js';
import type { InputRecord } from '../records/record.js';

/** The fixed indicator of a result, when fixing changed it. */
export function fixedIndicator(result: LintResult | undefined): IndicatorSubject | undefined {
  if (!result?.output || result.changes.length === 0 || result.output.kind !== 'indicator') return undefined;
  return result.output;
}

/**
 * The text a record is written back as: for a fixed record, its format's
 * serialization with the fixed values; undefined when it is unchanged (the
 * writer then copies the input verbatim).
 */
export function fixedText(record: InputRecord, result: LintResult | undefined): string | undefined {
  const fixed = fixedIndicator(result);
  if (!fixed) return undefined;
  const original = (result?.subject ?? record.subject) as Subject;
  const origin = record.origin;
  switch (origin.format) {
    case 'lines':
      return summaryOf(fixed);
    case 'csv':
      return original.kind === 'indicator' ? csvRow(origin.cells, origin.columns, origin.via, original, fixed, origin.delimiter) : undefined;
    case 'ndjson': {
      if (origin.shape === 'string' || typeof origin.item === 'string') return JSON.stringify(summaryOf(fixed));
      const copy = structuredClone(origin.item);
      writeItem(copy, origin.shape, fixed);
      return JSON.stringify(copy);
    }
    default:
      return undefined;
  }
}
