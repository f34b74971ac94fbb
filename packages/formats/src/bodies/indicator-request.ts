import type { HttpRequest } from '@tclint/core';
import { apiPath } from './api-path.js';
import { isBatchDocument, v2BatchBody, v2Body, v3Body, type IndicatorBody } from './bodies.js';

/**
 * The indicators a request creates, when it is an indicator create:
 * v2 `POST /v2/indicators/<branch>`, a v2 batch upload (`POST /v2/batch/<id>`
 * with batch JSON), or v3 `POST /v3/indicators`. Undefined otherwise, or when
 * the body is not JSON.
 */
export function indicatorRequestBody(request: HttpRequest): IndicatorBody | undefined {
  if (request.method.toUpperCase() !== 'POST' || !request.body) return undefined;
  const path = apiPath(request.url);
  if (!path) return undefined;
  const segments = path.split('/').filter(Boolean);
  let document: unknown;
  try {
    document = JSON.parse(request.body);
  } catch {
    return undefined;
  }
  const options = { text: request.body };
  const [version, collection, branch, ...rest] = segments;
  if (version === 'v2' && collection === 'indicators' && branch && rest.length === 0) return v2Body(document, decodeURIComponent(branch), options);
  if (version === 'v2' && collection === 'batch' && branch && rest.length === 0 && (isBatchDocument(document) || Array.isArray(document))) return v2BatchBody(document, options);
  if (version === 'v3' && collection === 'indicators' && branch === undefined) return v3Body(document, options);
  return undefined;
}
