import { headerValue } from './redact.js';
import type { FieldFix } from './rule.js';
import { exchangeSubject } from './subjects.js';
import type { AppSubject, ExchangeSubject, IndicatorSubject, Subject } from './subject.js';

/** The current value of a fixable field of a subject. */
export function fieldValue(subject: Subject, field: string): string | undefined {
  switch (subject.kind) {
    case 'indicator':
      return subject.values[field];
    case 'exchange':
      return exchangeField(subject, field);
    case 'app':
      return subject.readFile(field);
    case 'message':
      return field === 'text' ? subject.text : undefined;
  }
}

/** A new subject with the changes applied; the input is not modified. */
export function applyChanges<S extends Subject>(subject: S, changes: readonly FieldFix[]): S {
  switch (subject.kind) {
    case 'indicator':
      return applyToIndicator(subject, changes) as S;
    case 'exchange':
      return applyToExchange(subject, changes) as S;
    case 'app':
      return applyToApp(subject, changes) as S;
    case 'message':
      return { ...subject, text: changes.reduce((text, c) => (c.field === 'text' ? c.value : text), subject.text) } as S;
  }
  return subject;
}

/**
 * Whether two subjects have the same fixable content. Fields are compared
 * directly (no serializing: a 1 MB URL of escaped characters would become
 * several MB of JSON on every fix pass).
 */
export function sameFixableContent(a: Subject, b: Subject): boolean {
  if (a.kind === 'indicator' && b.kind === 'indicator') return sameValues(a.values, b.values);
  if (a.kind === 'exchange' && b.kind === 'exchange') {
    const x = a.request;
    const y = b.request;
    return x.method === y.method && x.url === y.url && x.body === y.body && sameValues(x.headers, y.headers);
  }
  if (a.kind === 'message' && b.kind === 'message') return a.text === b.text;
  if (a.kind === 'app' && b.kind === 'app') return a.files.length === b.files.length && a.files.every((f, i) => f === b.files[i] && a.readFile(f) === b.readFile(f));
  return false;
}

function sameValues(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  let count = 0;
  for (const field in a) {
    if (a[field] !== b[field]) return false;
    count++;
  }
  for (const field in b) if (field in b) count--;
  return count === 0;
}

function applyToIndicator(subject: IndicatorSubject, changes: readonly FieldFix[]): IndicatorSubject {
  const values = { ...subject.values };
  for (const { field, value } of changes) values[field] = value;
  return { kind: 'indicator', type: subject.type, values };
}

const HEADER_PREFIX = 'request.headers.';

function exchangeField(subject: ExchangeSubject, field: string): string | undefined {
  if (field.startsWith(HEADER_PREFIX)) return headerValue(subject.request.headers, field.slice(HEADER_PREFIX.length));
  if (field === 'request.url') return subject.request.url;
  if (field === 'request.method') return subject.request.method;
  if (field === 'request.body') return subject.request.body;
  return undefined;
}

function applyToExchange(subject: ExchangeSubject, changes: readonly FieldFix[]): ExchangeSubject {
  const request = { ...subject.request, headers: { ...subject.request.headers } };
  for (const { field, value } of changes) {
    if (field.startsWith(HEADER_PREFIX)) {
      const name = field.slice(HEADER_PREFIX.length);
      const existing = Object.keys(request.headers).find((k) => k.toLowerCase() === name.toLowerCase());
      request.headers[existing ?? name] = value;
    } else if (field === 'request.url') request.url = value;
    else if (field === 'request.method') request.method = value;
    else if (field === 'request.body') request.body = value;
    else throw new Error(`cannot fix unknown exchange field "${field}"`);
  }
  // The response answered the request as it was; it says nothing of the fixed one.
  const { response: _answeredOldRequest, ...rest } = subject;
  return exchangeSubject({ ...rest, request, secretKey: subject.secretKey });
}

function applyToApp(subject: AppSubject, changes: readonly FieldFix[]): AppSubject {
  const written = new Map(changes.map((c) => [c.field, c.value]));
  const files = [...new Set([...subject.files, ...written.keys()])].sort();
  return { ...subject, files, readFile: (path) => (written.has(path) ? written.get(path) : subject.readFile(path)) };
}
