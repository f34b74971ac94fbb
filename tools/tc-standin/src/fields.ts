import type { JsonObject } from './context.js';
import type { StandinIndicatorType } from './indicator-types.js';

/** The type's fields from a JSON body; a field that is present but not a string is an error. */
export function readFields(type: StandinIndicatorType, body: JsonObject): { values: Record<string, string> } | { error: string } {
  const values: Record<string, string> = {};
  for (const [i, field] of type.fields.entries()) {
    const value = body[field] ?? (type.custom ? body[`value${i + 1}`] : undefined);
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { error: `Invalid ${type.name}: ${field} must be a string` };
    values[field] = value;
  }
  return { values };
}

export function hasAnyField(type: StandinIndicatorType, body: JsonObject): boolean {
  return type.fields.some((f, i) => (body[f] ?? (type.custom ? body[`value${i + 1}`] : undefined)) != null);
}
