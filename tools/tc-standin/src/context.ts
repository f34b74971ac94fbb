import type { ApiVersion } from './envelope.js';
import type { Principal, StandinState } from './types.js';

/** What a route handler gets: the request after authentication. */
export interface RouteContext {
  method: string;
  /** Path below the base path, without the query (`/v2/owners`). */
  path: string;
  query: URLSearchParams;
  body: string;
  principal: Principal;
  state: StandinState;
  clockMs: number;
  version: ApiVersion;
}

/** A query parameter looked up without regard to case (`owner`, `Owner`). */
export function queryParam(query: URLSearchParams, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of query) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** ThreatConnect's date format: ISO 8601 to the second, `Z`. */
export function isoSeconds(clockMs: number): string {
  return new Date(Math.floor(clockMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export type JsonObject = Record<string, unknown>;

/** The body as a JSON object, or undefined when it is not one. */
export function jsonObject(body: string): JsonObject | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}
