// Builders for test exchanges ThreatConnect answered with a timestamp error.
import { exchangeSubject, type ExchangeSubject } from '@tclint/core';

export const OUT_OF_RANGE = 'Timestamp out of acceptable time range';
export const INVALID = 'Invalid timestamp';
export const AUTHORIZATION = 'TC 12345:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=';

export const v2Body = (message = OUT_OF_RANGE) => JSON.stringify({ status: 'Failure', message });
export const v3Body = (message = OUT_OF_RANGE) => JSON.stringify({ status: 'Error', errCode: '0x1002', message });

/** The HTTP Date header for epoch seconds. */
export const httpDate = (seconds: number) => new Date(seconds * 1000).toUTCString();

export interface FailedInit {
  timestamp?: string;
  /** The response's Date header. */
  date?: string;
  localTime?: number;
  body?: string;
  status?: number;
}

/** A request ThreatConnect answered with a timestamp error (v2 "out of range" unless `body` is given). */
export function failed(init: FailedInit = {}): ExchangeSubject {
  const headers: Record<string, string> = { Authorization: AUTHORIZATION };
  if (init.timestamp !== undefined) headers.Timestamp = init.timestamp;
  const responseHeaders: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.date !== undefined) responseHeaders.Date = init.date;
  return exchangeSubject({
    request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers },
    response: { status: init.status ?? 401, headers: responseHeaders, body: init.body ?? v2Body() },
    ...(init.localTime !== undefined ? { localTime: init.localTime } : {}),
  });
}
