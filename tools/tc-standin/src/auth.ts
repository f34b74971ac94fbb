import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { failure, MESSAGES, type ApiVersion, type Reply } from './envelope.js';
import type { Principal, StandinState } from './types.js';

/**
 * ThreatConnect's HMAC signature: base64(HMAC-SHA256(secretKey, "<path>[?<query>]:<METHOD>:<timestamp>")),
 * where path and query are the request target exactly as sent on the request line.
 */
export function computeSignature(secretKey: string, requestTarget: string, method: string, timestamp: string): string {
  return createHmac('sha256', secretKey).update(`${requestTarget}:${method}:${timestamp}`, 'utf8').digest('base64');
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const HMAC_SCHEME = 'TC ';
const TOKEN_SCHEME = 'TC-Token ';

export interface AuthInput {
  method: string;
  /** The request target as received (`/api/v2/owners?x=1`). */
  target: string;
  headers: IncomingHttpHeaders;
  /** The stand-in's clock, epoch ms. */
  clockMs: number;
  windowSeconds: number;
}

/** Authenticates a request as ThreatConnect does; a failure comes back as the reply to send. */
export function authenticate(input: AuthInput, state: StandinState, version: ApiVersion): Principal | Reply {
  const authorization = header(input.headers, 'authorization');
  if (authorization === undefined || authorization === '') return failure(version, 401, MESSAGES.accessDenied);
  if (authorization.startsWith(TOKEN_SCHEME)) return authenticateToken(authorization.slice(TOKEN_SCHEME.length), input, state, version);
  if (authorization.startsWith(HMAC_SCHEME)) return authenticateHmac(authorization.slice(HMAC_SCHEME.length), input, state, version);
  return failure(version, 401, MESSAGES.accessDenied);
}

function authenticateToken(token: string, input: AuthInput, state: StandinState, version: ApiVersion): Principal | Reply {
  const known = state.tokens.find((t) => sameText(t.token, token));
  if (!known || known.expires * 1000 <= input.clockMs) return failure(version, 401, MESSAGES.unauthorized);
  return { kind: 'token', id: `${token.slice(0, 8)}…`, owners: known.owners, defaultOwner: known.defaultOwner ?? known.owners[0] };
}

function authenticateHmac(credentials: string, input: AuthInput, state: StandinState, version: ApiVersion): Principal | Reply {
  const colon = credentials.lastIndexOf(':');
  const accessId = colon < 0 ? '' : credentials.slice(0, colon);
  const signature = colon < 0 ? '' : credentials.slice(colon + 1);
  if (accessId === '' || signature === '') return failure(version, 401, MESSAGES.accessDenied);

  const timestamp = header(input.headers, 'timestamp');
  if (timestamp === undefined || !/^[0-9]{1,20}$/.test(timestamp)) return failure(version, 401, MESSAGES.invalidTimestamp);
  const distance = Math.abs(Number(timestamp) - Math.floor(input.clockMs / 1000));
  if (distance > input.windowSeconds) return failure(version, 401, MESSAGES.timestamp);

  const user = state.users.find((u) => u.accessId === accessId);
  if (!user) return failure(version, 401, MESSAGES.accessDenied);
  const expected = computeSignature(user.secretKey, input.target, input.method, timestamp);
  if (!sameText(expected, signature)) return failure(version, 401, MESSAGES.signature);
  return { kind: 'hmac', id: accessId, owners: user.owners, defaultOwner: user.defaultOwner ?? user.owners[0] };
}

/** The owner a request acts in: the one named (checked), else the principal's default. */
export function resolveOwner(named: string | undefined, principal: Principal, state: StandinState, version: ApiVersion): string | Reply {
  if (named === undefined || named === '') {
    return principal.defaultOwner ?? failure(version, 403, MESSAGES.accessDenied);
  }
  if (!state.owners.some((o) => o.name === named)) return failure(version, 403, MESSAGES.ownerNotFound);
  if (!principal.owners.includes(named)) return failure(version, 403, MESSAGES.accessDenied);
  return named;
}

export function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}
