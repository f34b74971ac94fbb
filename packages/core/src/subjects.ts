import { findIndicatorType, STANDARD_TYPES } from './type-table.js';
import type { AppSubject, ExchangeSubject, HttpRequest, HttpResponse, IndicatorSubject, MessageSubject } from './subject.js';

/**
 * Canonical ThreatConnect spelling of a type given by name, slug or v2 branch;
 * other names (feed aliases such as `ip-dst`, custom types) pass through, for
 * the engine to resolve (see `canonicalTypeName`).
 */
export function canonicalType(type: string): string {
  return findIndicatorType(type)?.name ?? type;
}

/** An indicator from ThreatConnect field values: `indicator('ASN', { 'AS Number': 'AS 1' })`. */
export function indicator(type: string, values: Record<string, string>): IndicatorSubject {
  return { kind: 'indicator', type: canonicalType(type), values: { ...values } };
}

/**
 * An indicator from a summary string. Multi-valued types split on `" : "`
 * (`Key Name : Value Name : Value Type`), an alias's summary goes into its
 * type's fields (`md5` -> File's `md5`); without a type, the engine infers it.
 */
export function indicatorFromSummary(summary: string, type?: string): IndicatorSubject {
  if (type === undefined || type === '') return { kind: 'indicator', type: undefined, values: {}, raw: summary };
  const name = canonicalType(type);
  return { kind: 'indicator', type: name, values: valuesFromSummary(name, summary), raw: summary };
}

/** Same as `indicatorFromSummary`: a plain value is the summary of a single-valued type. */
export const indicatorFromValue = indicatorFromSummary;

/** Splits a summary into the fields of a standard type or alias; extra parts stay joined in the last field. */
export function valuesFromSummary(type: string, summary: string): Record<string, string> {
  return STANDARD_TYPES.valuesFromSummary(type, summary);
}

/** Joins an indicator's values into ThreatConnect's summary form. */
export function summaryOf(subject: IndicatorSubject): string {
  return STANDARD_TYPES.summaryOf(subject);
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
