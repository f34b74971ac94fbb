import { exchangeSubject, parseApiError } from '@tclint/core';
import { sendableUrl } from '@tclint/tc-auth';
import { diagnoseWith, unrecognizedDiagnosis, type Diagnosis } from '@tclint/diagnosis';
import { ThreatConnectApiError } from './api-error.js';
import { createAuthenticator, secretsOfOptions } from './auth-headers.js';
import { prepareBody } from './body-fix.js';
import { createServerClock, type ServerClock } from './clock.js';
import type { FixReport, ThreatConnectClientOptions } from './options.js';
import { pathBelowBase, resolveRequestUrl } from './request-url.js';

type RequestBody = RequestInit['body'];

/** A request after the client has resolved it: method uppercase, URL absolute, body as given. */
export interface ClientRequest {
  method: string;
  url: URL;
  headers: Headers;
  body?: RequestBody;
  init?: RequestInit;
}

export interface SendResult {
  response: Response;
  fixes?: FixReport;
}

/** The transport under the public client: fix, sign, send, learn the clock, retry once, diagnose. */
export interface Transport {
  send(request: ClientRequest): Promise<SendResult>;
  readonly clock: ServerClock;
}

const TIMESTAMP_ERROR = /timestamp out of acceptable time range/i;

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name] = value));
  return out;
}

export function createTransport(options: ThreatConnectClientOptions): Transport {
  if (options.token === undefined && (options.accessId === undefined || options.secretKey === undefined)) {
    throw new TypeError('createThreatConnectClient: give accessId and secretKey, or token');
  }
  const mode = options.fix ?? 'apply';
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const engine = options.linter?.engine;
  const authenticate = createAuthenticator(options);
  const secrets = secretsOfOptions(options);
  const usesHmac = options.token === undefined;
  const clock = createServerClock(options.clockToleranceSeconds ?? 30, options.correctClock ?? true);

  async function attempt(request: ClientRequest, body: RequestBody) {
    const headers = new Headers(request.headers);
    headers.delete('content-length');
    const sentAt = now();
    const offsetUsed = clock.offsetMs;
    const url = sendUrl(request.url);
    for (const [name, value] of Object.entries(authenticate(request.method, url, clock.timestamp(sentAt)))) headers.set(name, value);
    const response = await fetchImpl(url, { ...request.init, method: request.method, headers, body: body ?? null });
    clock.learn(response.headers.get('date'), sentAt, now());
    return { response, headers, sentAt, offsetUsed };
  }

  async function send(request: ClientRequest): Promise<SendResult> {
    let body = request.body;
    let fixes: FixReport | undefined;
    if (typeof body === 'string' && engine) {
      const apiPath = pathBelowBase(options.baseUrl, request.url);
      const prepared = prepareBody(engine, mode, { method: request.method, url: request.url.href, apiPath, body });
      body = prepared.body;
      fixes = prepared.report;
      if (fixes) options.onFix?.(fixes);
    }
    let sent = await attempt(request, body);
    if (sent.response.ok) return fixes ? { response: sent.response, fixes } : { response: sent.response };
    let text = await sent.response.text();
    const replayable = !(body instanceof ReadableStream);
    if (usesHmac && replayable && clock.offsetMs !== sent.offsetUsed && isTimestampError(sent.response.status, text)) {
      sent = await attempt(request, body);
      if (sent.response.ok) return fixes ? { response: sent.response, fixes } : { response: sent.response };
      text = await sent.response.text();
    }
    throw failure(request, typeof body === 'string' ? body : undefined, sent, text, fixes);
  }

  function failure(request: ClientRequest, body: string | undefined, sent: Awaited<ReturnType<typeof attempt>>, text: string, fixes: FixReport | undefined) {
    const exchange = exchangeSubject({
      request: { method: request.method, url: sendUrl(request.url), headers: headerRecord(sent.headers), ...(body !== undefined && { body }) },
      response: { status: sent.response.status, headers: headerRecord(sent.response.headers), body: text },
      localTime: sent.sentAt,
      ...(options.secretKey !== undefined && { secretKey: options.secretKey }),
      ...(options.tokenExpires !== undefined && { tokenExpires: options.tokenExpires }),
    });
    const diagnoses: Diagnosis[] = engine ? diagnoseWith(engine, exchange).diagnoses : [unrecognizedDiagnosis(exchange)].filter((d) => d !== undefined);
    return new ThreatConnectApiError({
      method: request.method,
      url: request.url.href,
      status: sent.response.status,
      body: text,
      diagnoses,
      secrets: [...secrets, ...authorizationOf(sent.headers)],
      ...(fixes && { fixes }),
    });
  }

  return { send, clock };
}

/**
 * The URL as it goes on the request line: WHATWG URL parsing leaves `{ } | ^ \``
 * unencoded in a query (and `| ^` in a path), which no request line carries as
 * written, so they are percent-encoded before signing and sending: what is
 * signed is what is sent.
 */
function sendUrl(url: URL): string {
  return sendableUrl(url.href) ?? url.href;
}

function isTimestampError(status: number, body: string): boolean {
  return (status === 401 || status === 403) && TIMESTAMP_ERROR.test(parseApiError({ status, headers: {}, body }).message);
}

function authorizationOf(headers: Headers): string[] {
  const value = headers.get('authorization');
  return value ? [value] : [];
}

/** Resolves `fetch`-style arguments against the base URL. */
export async function clientRequest(baseUrl: string, input: string | URL | Request, init: RequestInit = {}): Promise<ClientRequest> {
  const source = input instanceof Request ? input : undefined;
  const url = resolveRequestUrl(baseUrl, source ? source.url : String(input));
  const method = (init.method ?? source?.method ?? 'GET').toUpperCase();
  const headers = new Headers(source?.headers);
  new Headers(init.headers).forEach((value, name) => headers.set(name, value));
  let body: RequestBody = init.body;
  if (body === undefined && source?.body) body = await source.text();
  const { method: _m, headers: _h, body: _b, ...rest } = init;
  return { method, url, headers, body, init: { ...(source?.signal && { signal: source.signal }), ...rest } };
}
