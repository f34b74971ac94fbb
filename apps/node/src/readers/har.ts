import { exchangeSubject, type HttpRequest, type HttpResponse } from '@tclint/core';
import { apiPath } from '../api-path.js';
import { isJsonObject } from '../body-item.js';
import { syntaxErrorPosition } from '../json-text.js';
import { exchangeSummary, httpRequest, httpResponse } from './http-message.js';
import { decodeWhole, documentError, readWhole } from './read-whole.js';
import type { ReadItem } from './record.js';

export interface HarOptions {
  source?: string;
  /** The API secret key, attached to every exchange (not enumerable, never printed) so signature errors can be pinned down. */
  secretKey?: string;
}

/**
 * The failed ThreatConnect API calls in a HAR file: entries whose request URL
 * has an API path (`/v2/`, `/v3/`, optionally under `/api`) and whose
 * response is 4xx/5xx, as exchange subjects for `diagnose`.
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
    if (!isJsonObject(entry) || !isJsonObject(entry.request) || !isJsonObject(entry.response)) continue;
    const request = harRequest(entry.request);
    const response = harResponse(entry.response);
    if (!request || !response || response.status < 400 || !apiPath(request.url)) continue;
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
      path: `log.entries[${i}]`,
      index: i,
      raw: exchangeSummary(request, response),
      subject,
      origin: { format: 'har' },
    };
  }
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
    body = content.encoding === 'base64' ? Buffer.from(content.text, 'base64').toString('utf8') : content.text;
  }
  return typeof response.status === 'number' ? httpResponse(response.status, response.headers, body) : undefined;
}
