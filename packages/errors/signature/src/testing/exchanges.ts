// Builders for test exchanges: a request as a (possibly buggy) client signed it,
// and ThreatConnect's signature error. Signatures here come from node:crypto,
// independently of the package's own HMAC.
import { createHash, createHmac } from 'node:crypto';
import { exchangeSubject, type ExchangeSubject } from '@tclint/core';

export const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
export const ACCESS_ID = '12345678901234567890';
export const TS = '1513703787';
export const URL = 'https://tc.example/api/v2/indicators/hosts/example.com?owner=Common%20Community';
export const SIGNATURE_ERROR = 'Signature data did not match expected result';

export const v2Body = (message = SIGNATURE_ERROR) => JSON.stringify({ status: 'Failure', message });
export const v3Body = (message = SIGNATURE_ERROR) => JSON.stringify({ status: 'Error', errCode: '0x1002', message });

/** The raw HMAC-SHA256 digest a client computes. */
export const digest = (signed: string, key = SECRET) => createHmac('sha256', key).update(signed).digest();
/** The base64 signature a correct client sends. */
export const b64 = (signed: string, key = SECRET) => digest(signed, key).toString('base64');
export const header = (signature: string, accessId = ACCESS_ID) => `TC ${accessId}:${signature}`;
export const sha1Signature = (signed: string) => createHmac('sha1', SECRET).update(signed).digest('base64');
export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export interface FailedInit {
  authorization?: string;
  timestamp?: string;
  url?: string;
  method?: string;
  secretKey?: string;
  body?: string;
  status?: number;
  localTime?: number;
}

/** A request ThreatConnect answered with the signature error (v2 envelope unless `body` is given). */
export function failed(init: FailedInit = {}): ExchangeSubject {
  const headers: Record<string, string> = {};
  if (init.timestamp !== undefined) headers.Timestamp = init.timestamp;
  if (init.authorization !== undefined) headers.Authorization = init.authorization;
  return exchangeSubject({
    request: { method: init.method ?? 'GET', url: init.url ?? URL, headers },
    response: { status: init.status ?? 401, headers: { 'Content-Type': 'application/json' }, body: init.body ?? v2Body() },
    ...(init.secretKey !== undefined ? { secretKey: init.secretKey } : {}),
    ...(init.localTime !== undefined ? { localTime: init.localTime } : {}),
  });
}
