import type { ServerResponse } from 'node:http';

/** Which envelope a response uses: v2 `{"status":"Failure"}` or v3 `{"status":"Error","errCode"}`. */
export type ApiVersion = 2 | 3;

/** v3 error codes by HTTP status, from ThreatConnect's v3 documentation. */
const V3_CODES: Record<number, string> = {
  400: '0x1001',
  401: '0x1002',
  403: '0x1003',
  404: '0x1004',
  405: '0x1005',
  409: '0x1006',
  500: '0x1007',
};

/** The error messages ThreatConnect documents, spelled as it spells them. */
export const MESSAGES = {
  signature: 'Signature data did not match expected result',
  timestamp: 'Timestamp out of acceptable time range',
  invalidTimestamp: 'Invalid timestamp',
  accessDenied: 'Access Denied',
  unauthorized: 'Unauthorized',
  ownerNotFound: 'The requested owner was not found',
} as const;

/** A response the router decided on; `send` writes it. */
export interface Reply {
  status: number;
  body: unknown;
}

export function success(status: number, data: unknown, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { status: 'Success', data, ...extra } };
}

export function failure(version: ApiVersion, status: number, message: string): Reply {
  if (version === 3) return { status, body: { status: 'Error', errCode: V3_CODES[status] ?? V3_CODES[500], message } };
  return { status, body: { status: 'Failure', message } };
}

/** Writes a reply with a `Date` header from the stand-in's clock. */
export function send(res: ServerResponse, reply: Reply, clockMs: number): string {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    Date: new Date(clockMs).toUTCString(),
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
  return text;
}
