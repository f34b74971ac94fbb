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
  /** The item's own `type` property, as written. */
  typeName?: string;
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

/** Where an item's type comes from when it names none itself. */
export interface ItemTypes {
  /** The type the context fixes (the branch of a v2 URL, `/v2/indicators/hosts`): it wins over the field names. */
  known?: string;
  /** The type of items that have none of their own, neither named nor given by their field names (`--type`). */
  fallback?: string;
}

/**
 * Reads one indicator out of a body object. The type is the object's `type`,
 * else the `known` type of its context, else the type whose field names the
 * object uses, else the `fallback` type; without any, the engine infers it
 * from the summary.
 */
export function readItem(item: unknown, prefer: ItemShape, types: ItemTypes = {}): ItemReading {
  if (!isJsonObject(item)) return { shape: prefer, problem: `expected a JSON object, got ${describe(item)}` };
  const ownType = typeof item.type === 'string' && item.type.trim() !== '' ? item.type : undefined;
  const type = ownType ?? types.known ?? typeFromFields(Object.keys(item)) ?? types.fallback;
  const summary = textOf(item.summary);
  const values: Record<string, string> = {};
  if (type !== undefined) {
    for (const field of fieldsOf(canonicalType(type))) {
      const text = textOf(item[field]);
      if (text !== undefined) values[field] = text;
    }
  }
  const hasFields = Object.keys(values).length > 0;
  const own = ownType === undefined ? {} : { typeName: ownType };
  if (hasFields && (prefer === 'fields' || summary === undefined)) return { shape: 'fields', subject: indicator(type!, values), ...own };
  if (summary !== undefined) return { shape: 'summary', subject: indicatorFromSummary(summary, type), ...own };
  if (type === undefined) return { shape: prefer, problem: 'the object has no "type", no "summary" and no indicator field' };
  const name = canonicalType(type);
  if (prefer === 'summary') return { shape: prefer, problem: `the ${name} indicator has no "summary"` };
  const fields = fieldsOf(name).map((f) => `"${f}"`).join(', ');
  return { shape: prefer, problem: `the ${name} indicator has none of its fields (${fields})` };
}

/**
 * Puts fixed values back into a body object, keeping its other properties and
 * their order; a `type` that names the type otherwise than ThreatConnect
 * (`ip-dst`, `address`) becomes ThreatConnect's name.
 */
export function writeItem(item: JsonObject, shape: ItemShape, fixed: IndicatorSubject): void {
  if (typeof item.type === 'string' && item.type.trim() !== '' && fixed.type !== undefined && item.type !== fixed.type) item.type = fixed.type;
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
