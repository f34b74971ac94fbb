/** Builders for the tests: failed ThreatConnect exchanges and their error bodies. */
import { exchangeSubject, type ExchangeSubject } from '@tclint/core';

export const BASE = 'https://tc.example.com/api';
export const SIGNATURE = 'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=';
export const ACCESS_ID = '12345678901234567890';
export const HMAC = `TC ${ACCESS_ID}:${SIGNATURE}`;
export const TOKEN = 'APIV2:430:c8mTcH:1234567890123:7mbiyQk3Zt9pXw2LrV8sNd4Jf6Hq1Ca0Eu5Gy=';

/** A v2 error body. */
export function v2(message: string): string {
  return JSON.stringify({ status: 'Failure', message });
}

/** A v3 error body. */
export function v3(message: string, errCode = '0x1002'): string {
  return JSON.stringify({ status: 'Error', errCode, message });
}

export interface FailedOptions {
  url?: string;
  authorization?: string | null;
  method?: string;
  headers?: Record<string, string>;
  secretKey?: string;
  responseHeaders?: Record<string, string>;
}

/** An exchange that failed with `status` and `body`. */
export function failed(status: number, body: string, options: FailedOptions = {}): ExchangeSubject {
  const headers: Record<string, string> = { Timestamp: '1513703787', ...options.headers };
  if (options.authorization !== null) headers.Authorization = options.authorization ?? HMAC;
  return exchangeSubject({
    request: { method: options.method ?? 'GET', url: options.url ?? `${BASE}/v2/indicators/hosts/example.com`, headers },
    response: { status, headers: { 'Content-Type': 'application/json', ...options.responseHeaders }, body },
    ...(options.secretKey !== undefined ? { secretKey: options.secretKey } : {}),
  });
}
