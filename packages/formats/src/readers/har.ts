import { exchangeSubject, type HttpRequest, type HttpResponse } from '@tclint/core';
import { apiPath } from '../bodies/api-path.js';
import { isJsonObject } from '../bodies/body-item.js';
import { base64Text } from '../text/bytes.js';
import { syntaxErrorPosition } from '../json/json-text.js';
import { exchangeSummary, headersOf, httpRequest, httpResponse } from './http-message.js';
import { decodeWhole, documentError, readWhole } from '../text/read-whole.js';
import type { ReadItem } from '../records/record.js';

export interface HarOptions {
  source?: string;
  /** The API secret key, attached to every exchange (not enumerable, never printed) so signature errors can be pinned down. */
  secretKey?: string;
}

/**
 * The failed ThreatConnect API calls in a HAR file: entries whose request URL
 * has an API path (`/v2/`, `/v3/`, optionally under `/api`) and whose
 * response is 4xx/5xx, as exchange subjects for `diagnose`. Such an entry
 * whose request has no method or no headers (or headers that are not a list)
 * is a record error at `log.entries[i]` naming what is missing. Other
 * entries (no response, a success, another URL, an empty entry) are skipped.
 */
export async function* readHar(input: AsyncIterable<Uint8Array | string>, options: HarOptions = {}): AsyncGenerator<ReadItem> {
  const source = options.source ?? '<stdin>';
  const whole = decodeWhole(await readWhole(input));
  if ('error' in whole) return yield documentError(source, whole.error, whole.line, whole.column);
  let document: unknown;
  try {
    document = JSON.parse(whole.text);
  } catch (error) {
    const at = syntaxErrorPosition(error, whole.text);
    return yield documentError(source, `invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}`, at?.line, at?.column);
  }
  const log = isJsonObject(document) ? document.log : undefined;
  const entries = isJsonObject(log) ? log.entries : undefined;
  if (!Array.isArray(entries)) return yield documentError(source, 'not a HAR file: no log.entries array');
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    // an empty entry, or one without a response, is not a failed call
    if (!isJsonObject(entry) || !isJsonObject(entry.request) || !isJsonObject(entry.response)) continue;
    const status = statusOf(entry.response.status);
    const url = entry.request.url;
    if (status === undefined || status < 400 || typeof url !== 'string' || !apiPath(url)) continue;
    const path = `log.entries[${i}]`;
    // a failed API call: what cannot be read of it is said, not skipped
    const problems = [...requestProblems(entry.request), ...headersProblems(entry.response.headers, 'response', false)];
    const request = harRequest(entry.request);
    const response = harResponse(entry.response);
    if (problems.length || !request || !response) {
      yield { source, line: null, path, index: i, raw: '', error: { message: `${path}: the failed API call (HTTP ${status}) cannot be read: ${problems.join('; ') || 'it has no method or URL'}`, line: null } };
      continue;
    }
    const started = typeof entry.startedDateTime === 'string' ? Date.parse(entry.startedDateTime) : NaN;
    const subject = exchangeSubject({
      request,
      response,
      ...(Number.isFinite(started) && { localTime: started }),
      ...(options.secretKey && { secretKey: options.secretKey }),
    });
    yield {
      source,
      line: null,
      path,
      index: i,
      raw: exchangeSummary(request, response),
      subject,
      origin: { format: 'har' },
    };
  }
}

/** A numeric HTTP status (a three-digit string too, as `httpResponse` takes it). */
function statusOf(status: unknown): number | undefined {
  return httpResponse(status, undefined, undefined)?.status;
}

/** What keeps a HAR request from being diagnosed: a missing method, missing or malformed headers. */
function requestProblems(request: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (request.method === undefined || request.method === null) problems.push('"request.method" is missing');
  else if (typeof request.method !== 'string' || request.method === '') problems.push('"request.method" must be a non-empty string');
  problems.push(...headersProblems(request.headers, 'request', true));
  return problems;
}

/** Headers must be a HAR list of `{name, value}` (or an object of values); a response may have none. */
function headersProblems(headers: unknown, side: 'request' | 'response', required: boolean): string[] {
  if (headers === undefined || headers === null) return required ? [`"${side}.headers" is missing`] : [];
  return headersOf(headers) === undefined ? [`"${side}.headers" must be a list of {"name", "value"}`] : [];
}

function harRequest(request: Record<string, unknown>): HttpRequest | undefined {
  const postData = request.postData;
  const body = isJsonObject(postData) && typeof postData.text === 'string' ? postData.text : undefined;
  return httpRequest(request.method, request.url, request.headers, body);
}

function harResponse(response: Record<string, unknown>): HttpResponse | undefined {
  const content = response.content;
  let body: string | undefined;
  if (isJsonObject(content) && typeof content.text === 'string') {
    body = content.encoding === 'base64' ? base64Text(content.text) : content.text;
  }
  return typeof response.status === 'number' ? httpResponse(response.status, response.headers, body) : undefined;
}
