/** Builders for the tests: failed ThreatConnect exchanges and their error bodies. */
import { exchangeSubject, type ExchangeInit, type ExchangeSubject } from '@tclint/core';

export const BASE = 'https://tc.example.com/api';
export const TOKEN = 'APIV2:430:c8mTcH:1234567890123:7mbiyQk3Zt9pXw2LrV8sNd4Jf6Hq1Ca0Eu5Gy=';
export const TOKEN_AUTH = `TC-Token ${TOKEN}`;
/** The server's clock in the tests: Tue, 14 Nov 2023 22:13:20 GMT. */
export const NOW = 1700000000;
export const DATE = new Date(NOW * 1000).toUTCString();

export function v2(message: string): string {
  return JSON.stringify({ status: 'Failure', message });
}

export function v3(message: string, errCode = '0x1002'): string {
  return JSON.stringify({ status: 'Error', errCode, message });
}

export interface FailedOptions extends Omit<ExchangeInit, 'request' | 'response'> {
  url?: string;
  method?: string;
  /** The Authorization header; null for none. Defaults to a token. */
  authorization?: string | null;
  /** The response Date header; null for none. Defaults to DATE. */
  date?: string | null;
}

/** An exchange that failed with `status` and `body`. */
export function failed(status: number, body: string, options: FailedOptions = {}): ExchangeSubject {
  const { url, method, authorization, date, ...rest } = options;
  const headers: Record<string, string> = {};
  if (authorization !== null) headers.Authorization = authorization ?? TOKEN_AUTH;
  const responseHeaders: Record<string, string> = { 'Content-Type': 'application/json' };
  if (date !== null) responseHeaders.Date = date ?? DATE;
  return exchangeSubject({
    ...rest,
    request: { method: method ?? 'GET', url: url ?? `${BASE}/v3/indicators`, headers },
    response: { status, headers: responseHeaders, body },
  });
}
