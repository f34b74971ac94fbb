import type { HttpRequest, HttpResponse } from '@tclint/core';
import { isJsonObject } from '../bodies/body-item.js';

// What HAR entries and JSON exchanges have in common: headers given as a list
// of {name, value} (HAR) or as an object, and bodies as text.

/**
 * Request or response headers as an object of strings, from a HAR list
 * (`[{"name", "value"}]`) or an object (`{"Timestamp": "1700000000"}`).
 * Repeated headers are joined with ", " as HTTP does; numbers are written out;
 * HTTP/2 pseudo-headers (`:authority`) are dropped, they are not request headers.
 * Undefined when the value is neither a list nor an object.
 */
export function headersOf(value: unknown): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  const add = (name: string, text: string) => {
    if (name.startsWith(':')) return;
    headers[name] = headers[name] === undefined ? text : `${headers[name]}, ${text}`;
  };
  if (Array.isArray(value)) {
    for (const h of value) if (isJsonObject(h) && typeof h.name === 'string' && headerText(h.value) !== undefined) add(h.name, headerText(h.value)!);
    return headers;
  }
  if (!isJsonObject(value)) return undefined;
  for (const [name, raw] of Object.entries(value)) {
    if (Array.isArray(raw)) {
      for (const item of raw) if (headerText(item) !== undefined) add(name, headerText(item)!);
    } else if (headerText(raw) !== undefined) add(name, headerText(raw)!);
  }
  return headers;
}

function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A request from its parts; undefined without a method and a URL. */
export function httpRequest(method: unknown, url: unknown, headers: unknown, body: string | undefined): HttpRequest | undefined {
  if (typeof method !== 'string' || method === '' || typeof url !== 'string' || url === '') return undefined;
  const request: HttpRequest = { method, url, headers: headersOf(headers) ?? {} };
  if (body !== undefined) request.body = body;
  return request;
}

/** A response from its parts; undefined without a numeric status. */
export function httpResponse(status: unknown, headers: unknown, body: string | undefined): HttpResponse | undefined {
  const code = typeof status === 'string' && /^\d{3}$/.test(status) ? Number(status) : status;
  if (typeof code !== 'number' || !Number.isInteger(code)) return undefined;
  const response: HttpResponse = { status: code, headers: headersOf(headers) ?? {} };
  if (body !== undefined) response.body = body;
  return response;
}

/** A one-line summary of an exchange without headers or bodies (so without credentials): `POST https://... -> 401`. */
export function exchangeSummary(request: HttpRequest, response: HttpResponse | undefined): string {
  return `${request.method} ${request.url}${response ? ` -> ${response.status}` : ''}`;
}
