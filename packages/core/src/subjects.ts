import { fieldsOf, findIndicatorType, SUMMARY_SEPARATOR } from './indicator-types.js';
import type { AppSubject, ExchangeSubject, HttpRequest, HttpResponse, IndicatorSubject, MessageSubject } from './subject.js';

/** Canonical ThreatConnect spelling of a type given by name or slug; custom names pass through. */
export function canonicalType(type: string): string {
  return findIndicatorType(type)?.name ?? type;
}

/** An indicator from ThreatConnect field values: `indicator('ASN', { 'AS Number': 'AS 1' })`. */
export function indicator(type: string, values: Record<string, string>): IndicatorSubject {
  return { kind: 'indicator', type: canonicalType(type), values: { ...values } };
}

/**
 * An indicator from a summary string. Multi-valued types split on `" : "`
 * (`Key Name : Value Name : Value Type`); without a type, the engine infers it.
 */
export function indicatorFromSummary(summary: string, type?: string): IndicatorSubject {
  if (type === undefined || type === '') return { kind: 'indicator', type: undefined, values: {}, raw: summary };
  const name = canonicalType(type);
  return { kind: 'indicator', type: name, values: valuesFromSummary(name, summary), raw: summary };
}

/** Same as `indicatorFromSummary`: a plain value is the summary of a single-valued type. */
export const indicatorFromValue = indicatorFromSummary;

/** Splits a summary into the type's fields; extra parts stay joined in the last field. */
export function valuesFromSummary(type: string, summary: string): Record<string, string> {
  const fields = fieldsOf(type);
  if (fields.length === 1) return { [fields[0]!]: summary };
  const parts = summary.split(SUMMARY_SEPARATOR);
  const lengths = findIndicatorType(type)?.lengths;
  if (lengths) return valuesByLength(fields, lengths, parts);
  const values: Record<string, string> = {};
  fields.forEach((field, i) => {
    const last = i === fields.length - 1;
    const part = last && parts.length > i ? parts.slice(i).join(SUMMARY_SEPARATOR) : parts[i];
    if (part !== undefined) values[field] = part;
  });
  return values;
}

/**
 * Each part goes to the field its trimmed length names; a part of no known
 * length, or a second one of a length, takes the next free field in order.
 */
function valuesByLength(fields: readonly string[], lengths: Readonly<Record<string, number>>, parts: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  const shortest = Math.min(...fields.map((f) => lengths[f] ?? Infinity));
  let taken: Set<number> | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // Trimming only shortens a part: one shorter than every hash names no field.
    if (part.length < shortest) continue;
    const length = part.trim().length;
    const field = fields.find((f) => lengths[f] === length && values[f] === undefined);
    if (field) {
      values[field] = part;
      (taken ??= new Set()).add(i);
    }
  }
  const rest = taken ? parts.filter((_, i) => !taken.has(i)) : parts;
  let next = 0;
  for (const field of fields) if (values[field] === undefined && next < rest.length) values[field] = rest[next++]!;
  if (next < rest.length) {
    const last = fields[fields.length - 1]!;
    values[last] = [values[last], ...rest.slice(next)].join(SUMMARY_SEPARATOR);
  }
  return values;
}

/** Joins an indicator's values into ThreatConnect's summary form. */
export function summaryOf(subject: IndicatorSubject): string {
  if (subject.type === undefined) return subject.raw ?? '';
  const fields = fieldsOf(subject.type);
  if (findIndicatorType(subject.type)?.lengths) {
    return fields.map((f) => subject.values[f]?.trim()).filter((v) => v).join(SUMMARY_SEPARATOR);
  }
  // keep slot positions up to the last present value, as ThreatConnect does
  const lastIndex = fields.reduce((last, f, i) => (subject.values[f] !== undefined ? i : last), -1);
  return fields.slice(0, lastIndex + 1).map((f) => subject.values[f] ?? '').join(SUMMARY_SEPARATOR);
}

export interface ExchangeInit {
  request: HttpRequest;
  response?: HttpResponse;
  secretKey?: string;
  localTime?: number;
  tokenExpires?: number;
  tokenIssued?: number;
}

/**
 * An exchange subject. The secret key is stored as a non-enumerable property,
 * so `JSON.stringify`, spreading and formatters never see it.
 */
export function exchangeSubject(init: ExchangeInit): ExchangeSubject {
  const subject: ExchangeSubject = { kind: 'exchange', request: init.request };
  if (init.response) subject.response = init.response;
  if (init.localTime !== undefined) subject.localTime = init.localTime;
  if (init.tokenExpires !== undefined) subject.tokenExpires = init.tokenExpires;
  if (init.tokenIssued !== undefined) subject.tokenIssued = init.tokenIssued;
  if (init.secretKey !== undefined) {
    Object.defineProperty(subject, 'secretKey', { value: init.secretKey, enumerable: false });
  }
  return subject;
}

export function messageSubject(text: string): MessageSubject {
  return { kind: 'message', text };
}

/** An app subject from an in-memory map of files (tests, browsers). */
export function appSubject(root: string, files: Record<string, string>): AppSubject {
  return { kind: 'app', root, files: Object.keys(files).sort(), readFile: (path) => files[path] };
}
