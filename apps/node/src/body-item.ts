import { canonicalType, fieldsOf, indicator, indicatorFromSummary, summaryOf, type IndicatorSubject } from '@tclint/core';
import { typeFromFields } from './field-types.js';

/**
 * How one indicator is written in a ThreatConnect JSON body: its values in
 * field properties (`{"hostName": ...}`, v2 single and v3 creates) or in a
 * `summary` joined with " : " (v2 batch).
 */
export type ItemShape = 'fields' | 'summary';

export type JsonObject = Record<string, unknown>;

export interface ItemReading {
  subject?: IndicatorSubject;
  shape: ItemShape;
  /** Why no subject could be read. */
  problem?: string;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

/**
 * Reads one indicator out of a body object. The type is the object's `type`,
 * else `fallbackType` (the v2 branch, a `--type` option), else the type whose
 * field names the object uses; without any, the engine infers it from the summary.
 */
export function readItem(item: unknown, prefer: ItemShape, fallbackType?: string): ItemReading {
  if (!isJsonObject(item)) return { shape: prefer, problem: `expected a JSON object, got ${describe(item)}` };
  const ownType = typeof item.type === 'string' && item.type.trim() !== '' ? item.type : undefined;
  const type = ownType ?? fallbackType ?? typeFromFields(Object.keys(item));
  const summary = textOf(item.summary);
  const values: Record<string, string> = {};
  if (type !== undefined) {
    for (const field of fieldsOf(canonicalType(type))) {
      const text = textOf(item[field]);
      if (text !== undefined) values[field] = text;
    }
  }
  const hasFields = Object.keys(values).length > 0;
  if (hasFields && (prefer === 'fields' || summary === undefined)) return { shape: 'fields', subject: indicator(type!, values) };
  if (summary !== undefined) return { shape: 'summary', subject: indicatorFromSummary(summary, type) };
  if (type === undefined) return { shape: prefer, problem: 'the object has no "type", no "summary" and no indicator field' };
  const name = canonicalType(type);
  if (prefer === 'summary') return { shape: prefer, problem: `the ${name} indicator has no "summary"` };
  const fields = fieldsOf(name).map((f) => `"${f}"`).join(', ');
  return { shape: prefer, problem: `the ${name} indicator has none of its fields (${fields})` };
}

/** Puts fixed values back into a body object, keeping its other properties and their order. */
export function writeItem(item: JsonObject, shape: ItemShape, fixed: IndicatorSubject): void {
  if (shape === 'summary') {
    item.summary = summaryOf(fixed);
    return;
  }
  for (const [field, value] of Object.entries(fixed.values)) if (textOf(item[field]) !== value) item[field] = value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}` : `a ${typeof value}`;
}
