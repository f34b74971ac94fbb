import { exchangeSubject, type ExchangeInit, type ExchangeSubject } from '@tclint/core';
import { isJsonObject } from '../bodies/body-item.js';
import { syntaxErrorPosition } from '../json/json-text.js';
import { exchangeSummary, headersOf, httpRequest, httpResponse } from './http-message.js';
import { unreadableLine } from '../text/line-errors.js';
import { decodeWhole, documentError, readWhole } from '../text/read-whole.js';
import type { ReadItem, RecordError } from '../records/record.js';
import type { SplitOptions } from '../text/split-lines.js';
import { isBlank, textLines } from '../text/text-lines.js';

export interface ExchangeOptions extends SplitOptions {
  source?: string;
  /** The API secret key, attached to every exchange (not enumerable, never printed) so signature errors can be pinned down. */
  secretKey?: string;
}

/**
 * Exchanges given as one JSON document: `{"request": ..., "response": ...}`
 * or an array of them (read whole). Each item is located by its index
 * (`[3]`); an item that is not an exchange is reported and reading goes on.
 *
 * An exchange: `request` with `method`, `url`, `headers` (an object, or a HAR
 * list of `{name, value}`) and an optional `body` (text, or JSON written out);
 * an optional `response` with a numeric `status`, `headers` and `body`; and
 * optionally `localTime` (epoch ms, or an ISO 8601 date), `tokenExpires` and
 * `tokenIssued` (epoch s).
 */
export async function* readExchangeJson(input: AsyncIterable<Uint8Array | string>, options: ExchangeOptions = {}): AsyncGenerator<ReadItem> {
  const source = options.source ?? '<stdin>';
  const whole = decodeWhole(await readWhole(input));
  if ('error' in whole) return yield documentError(source, whole.error, whole.line, whole.column);
  if (whole.text.trim() === '') return;
  let document: unknown;
  try {
    document = JSON.parse(whole.text);
  } catch (error) {
    const at = syntaxErrorPosition(error, whole.text);
    return yield documentError(source, `invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}`, at?.line, at?.column);
  }
  const list: unknown[] = Array.isArray(document) ? document : [document];
  for (let i = 0; i < list.length; i++) {
    const path = Array.isArray(document) ? `[${i}]` : null;
    const at = { source, line: null, path, index: i };
    const read = exchangeOf(list[i], options.secretKey);
    if ('problem' in read) yield { ...at, raw: '', error: { message: `${path ?? 'the document'}: ${read.problem}`, line: null } };
    else yield { ...at, raw: read.raw, subject: read.subject, origin: { format: 'exchange' } };
  }
}

/**
 * Exchanges as newline-delimited JSON, one `{"request", "response"}` per
 * line, streamed. A line that is not valid JSON or not an exchange is
 * reported with its line (and column) and reading goes on.
 */
export async function* readExchangeNdjson(input: AsyncIterable<Uint8Array | string>, options: ExchangeOptions = {}): AsyncGenerator<ReadItem> {
  const source = options.source ?? '<stdin>';
  let index = 0;
  // an exchange line holds credentials: the bytes of a line too long to read are not kept either
  for await (const line of textLines(input, { ...options, maxKeptLineBytes: 0 })) {
    if (isBlank(line)) continue;
    const at = { source, line: line.line, path: null, index: index++ };
    const unreadable = unreadableLine(line, source, at.index);
    if (unreadable) {
      // an exchange line holds credentials: its text is not kept
      yield { ...at, raw: '', error: unreadable.error };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      const position = syntaxErrorPosition(error, line.text);
      const failure: RecordError = { ...at, raw: '', error: { message: `invalid JSON on line ${line.line}${position ? `, column ${position.column}` : ''}`, line: line.line } };
      if (position) failure.error.column = position.column;
      yield failure;
      continue;
    }
    const read = exchangeOf(value, options.secretKey);
    if ('problem' in read) yield { ...at, raw: '', error: { message: `line ${line.line}: ${read.problem}`, line: line.line } };
    else yield { ...at, raw: read.raw, subject: read.subject, origin: { format: 'exchange' } };
  }
}

type ExchangeReading = { subject: ExchangeSubject; raw: string } | { problem: string };

/** One exchange out of a parsed JSON value, or what is wrong with it. */
export function exchangeOf(value: unknown, secretKey?: string): ExchangeReading {
  if (!isJsonObject(value)) return { problem: `expected an exchange object {"request": ..., "response": ...}, got ${describe(value)}` };
  const { request, response } = value;
  if (!isJsonObject(request)) return { problem: '"request" must be an object with "method" and "url"' };
  if (request.headers !== undefined && request.headers !== null && headersOf(request.headers) === undefined) return { problem: headersProblem('request') };
  const httpReq = httpRequest(request.method, request.url, request.headers, bodyText(request.body));
  if (!httpReq) return { problem: '"request" needs non-empty "method" and "url" strings' };
  const init: ExchangeInit = { request: httpReq };
  if (response !== undefined && response !== null) {
    if (!isJsonObject(response)) return { problem: '"response" must be an object with a numeric "status"' };
    if (response.headers !== undefined && response.headers !== null && headersOf(response.headers) === undefined) return { problem: headersProblem('response') };
    const httpRes = httpResponse(response.status, response.headers, bodyText(response.body));
    if (!httpRes) return { problem: '"response" needs a numeric "status"' };
    init.response = httpRes;
  }
  const localTime = typeof value.localTime === 'string' ? Date.parse(value.localTime) : value.localTime;
  if (value.localTime !== undefined && !isFiniteNumber(localTime)) return { problem: '"localTime" must be epoch milliseconds or an ISO 8601 date' };
  if (isFiniteNumber(localTime)) init.localTime = localTime;
  for (const key of ['tokenExpires', 'tokenIssued'] as const) {
    const seconds = value[key];
    if (seconds === undefined) continue;
    if (!isFiniteNumber(seconds)) return { problem: `"${key}" must be epoch seconds` };
    init[key] = seconds;
  }
  if (secretKey) init.secretKey = secretKey;
  return { subject: exchangeSubject(init), raw: exchangeSummary(httpReq, init.response) };
}

/** A body as sent: text as it is, any other JSON value written out; absent for null. */
function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function headersProblem(side: 'request' | 'response'): string {
  return `"${side}.headers" must be an object of header values or a list of {"name", "value"}`;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}
