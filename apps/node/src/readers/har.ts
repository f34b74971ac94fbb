import { exchangeSubject, type HttpRequest, type HttpResponse } from '@tclint/core';
import { apiPath } from '../api-path.js';
import { isJsonObject } from '../body-item.js';
import { syntaxErrorPosition } from '../json-text.js';
import { decodeWhole, readWhole } from './read-whole.js';
import type { ReadItem, RecordError } from './record.js';

export interface HarOptions {
  source?: string;
}

/**
 * The failed ThreatConnect API calls in a HAR file: entries whose request URL
 * has an API path (`/v2/`, `/v3/`, optionally under `/api`) and whose
 * response is 4xx/5xx, as exchange subjects for `diagnose`.
 */
export async function* readHar(input: AsyncIterable<Uint8Array | string>, options: HarOptions = {}): AsyncGenerator<ReadItem> {
  const source = options.source ?? '<stdin>';
  const whole = decodeWhole(await readWhole(input));
  if ('error' in whole) return yield failure(source, whole.error);
  let document: unknown;
  try {
    document = JSON.parse(whole.text);
  } catch (error) {
    const at = syntaxErrorPosition(error, whole.text);
    return yield failure(source, `invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}`, at?.line, at?.column);
  }
  const log = isJsonObject(document) ? document.log : undefined;
  const entries = isJsonObject(log) ? log.entries : undefined;
  if (!Array.isArray(entries)) return yield failure(source, 'not a HAR file: no log.entries array');
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (!isJsonObject(entry) || !isJsonObject(entry.request) || !isJsonObject(entry.response)) continue;
    const request = harRequest(entry.request);
    const response = harResponse(entry.response);
    if (!request || !response || response.status < 400 || !apiPath(request.url)) continue;
    const started = typeof entry.startedDateTime === 'string' ? Date.parse(entry.startedDateTime) : NaN;
    const subject = exchangeSubject({ request, response, ...(Number.isFinite(started) && { localTime: started }) });
    yield {
      source,
      line: null,
      path: `log.entries[${i}]`,
      index: i,
      raw: `${request.method} ${request.url} -> ${response.status}`,
      subject,
      origin: { format: 'har' },
    };
  }
}

function harHeaders(list: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!Array.isArray(list)) return headers;
  for (const h of list) {
    if (!isJsonObject(h) || typeof h.name !== 'string' || typeof h.value !== 'string') continue;
    // HTTP/2 pseudo-headers (:authority) are not request headers
    if (h.name.startsWith(':')) continue;
    headers[h.name] = headers[h.name] === undefined ? h.value : `${headers[h.name]}, ${h.value}`;
  }
  return headers;
}

function harRequest(request: Record<string, unknown>): HttpRequest | undefined {
  if (typeof request.method !== 'string' || typeof request.url !== 'string') return undefined;
  const out: HttpRequest = { method: request.method, url: request.url, headers: harHeaders(request.headers) };
  const postData = request.postData;
  if (isJsonObject(postData) && typeof postData.text === 'string') out.body = postData.text;
  return out;
}

function harResponse(response: Record<string, unknown>): HttpResponse | undefined {
  if (typeof response.status !== 'number') return undefined;
  const out: HttpResponse = { status: response.status, headers: harHeaders(response.headers) };
  const content = response.content;
  if (isJsonObject(content) && typeof content.text === 'string') {
    out.body = content.encoding === 'base64' ? Buffer.from(content.text, 'base64').toString('utf8') : content.text;
  }
  return out;
}

function failure(source: string, message: string, line?: number, column?: number): RecordError {
  const item: RecordError = { source, line: null, path: null, index: 0, raw: '', lost: true, error: { message, line: line ?? null } };
  if (column !== undefined) item.error.column = column;
  return item;
}
