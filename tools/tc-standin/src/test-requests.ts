/**
 * Request helpers for the stand-in's own tests. The signature is computed
 * here directly with node:crypto, apart from the stand-in's verifier.
 */
import { createHmac } from 'node:crypto';
import { DEFAULT_ACCESS_ID, DEFAULT_SECRET_KEY } from './defaults.js';

export interface SignedInit {
  method?: string;
  body?: unknown;
  accessId?: string;
  secretKey?: string;
  /** Epoch seconds; the real clock by default. */
  timestamp?: number | string;
  /** Path and query to sign when it should differ from what is sent. */
  signedTarget?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

export function hmacHeaders(target: string, init: SignedInit = {}): Record<string, string> {
  const method = init.method ?? 'GET';
  const timestamp = String(init.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', init.secretKey ?? DEFAULT_SECRET_KEY)
    .update(`${init.signedTarget ?? target}:${method}:${timestamp}`)
    .digest('base64');
  return { Timestamp: timestamp, Authorization: `TC ${init.accessId ?? DEFAULT_ACCESS_ID}:${signature}` };
}

function bodyText(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  return typeof body === 'string' ? body : JSON.stringify(body);
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: JSON.parse(text) as Record<string, unknown> };
}

/** Sends an HMAC-signed request to `base + target`; `target` is the path (and query) after the host. */
export async function signed(origin: string, target: string, init: SignedInit = {}): Promise<Answer> {
  const headers = { 'Content-Type': 'application/json', ...hmacHeaders(target, init), ...init.headers };
  const response = await fetch(`${origin}${target}`, { method: init.method ?? 'GET', headers, body: bodyText(init.body) });
  return answer(response);
}

/** Sends a request with exactly the given headers. */
export async function raw(origin: string, target: string, headers: Record<string, string>, method = 'GET', body?: unknown): Promise<Answer> {
  const response = await fetch(`${origin}${target}`, { method, headers, body: bodyText(body) });
  return answer(response);
}

/** The origin of a stand-in URL (drops a base path). */
export function originOf(url: string): string {
  return new URL(url).origin;
}
