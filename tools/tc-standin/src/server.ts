import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, isReply } from './auth.js';
import { STANDIN_INDICATOR_TYPES } from './custom-type.js';
import { DEFAULT_OWNERS, DEFAULT_TOKENS, DEFAULT_USERS } from './defaults.js';
import { failure, send, type ApiVersion, type Reply } from './envelope.js';
import { route } from './router.js';
import type { StandinOptions, StandinState } from './types.js';

export interface Standin {
  /** Base URL including the base path, e.g. `http://127.0.0.1:40123/api`. */
  url: string;
  port: number;
  state: StandinState;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** v3 paths answer with the v3 envelope, everything else with v2's. */
function versionOf(path: string): ApiVersion {
  return path.startsWith('/v3/') || path === '/v3' ? 3 : 2;
}

/** Starts a ThreatConnect stand-in on 127.0.0.1 (a free port unless one is given). */
export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const realNow = options.now ?? Date.now;
  const windowSeconds = options.timestampWindowSeconds ?? 300;
  const state: StandinState = {
    owners: [...(options.owners ?? DEFAULT_OWNERS)],
    users: [...(options.users ?? DEFAULT_USERS)],
    tokens: [...(options.tokens ?? DEFAULT_TOKENS)],
    indicators: [],
    batches: new Map(),
    requests: [],
    clockSkewSeconds: options.clockSkewSeconds ?? 0,
    indicatorTypes: [...(options.indicatorTypes ?? STANDIN_INDICATOR_TYPES)].map((entry) => ({ ...entry })),
  };
  const clock = () => realNow() + state.clockSkewSeconds * 1000;

  function handle(req: IncomingMessage, body: string): Reply {
    const target = req.url ?? '/';
    const method = req.method ?? 'GET';
    const [rawPath, rawQuery] = splitTarget(target);
    if (basePath && rawPath !== basePath && !rawPath.startsWith(`${basePath}/`)) {
      return failure(2, 404, `No resource at ${rawPath}`);
    }
    const path = rawPath.slice(basePath.length);
    const version = versionOf(path);
    const clockMs = clock();
    const principal = authenticate({ method, target, headers: req.headers, clockMs, windowSeconds }, state, version);
    if (isReply(principal)) return principal;
    return route({ method, path, query: new URLSearchParams(rawQuery), body, principal, state, clockMs, version });
  }

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      let reply: Reply;
      try {
        reply = handle(req, body);
      } catch (error) {
        reply = failure(2, 500, `Internal error in the stand-in: ${error instanceof Error ? error.message : String(error)}`);
      }
      const responseBody = send(res, reply, clock());
      state.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: headersOf(req), body, status: reply.status, responseBody });
    }, () => res.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}${basePath}`,
    port,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function splitTarget(target: string): [string, string] {
  const q = target.indexOf('?');
  return q < 0 ? [target, ''] : [target.slice(0, q), target.slice(q + 1)];
}
